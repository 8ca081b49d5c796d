package org.newsarchive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as a real process, killed with {@code kill -9} in the middle of its start-up
 * import and started again on the same data folder: everything it reported stored is
 * there, nothing is half stored, every kept file has its result, no run stays "running",
 * and the search index agrees with the database.
 */
class CrashRecoveryTests {

	private static final int FILES = 96;

	private static final Pattern STORED = Pattern.compile(" (CREATED|UPDATED) \"?(variant-\\d+\\.txt)\"?$");

	@TempDir
	Path work;

	@Test
	void aPortalKilledMidImportRestartsAndLosesNothing() throws Exception {
		Path incoming = Files.createDirectories(this.work.resolve("incoming"));
		String seed = Files.readString(Path.of("seeds/003_58561484b8c72d53.txt"), StandardCharsets.UTF_8);
		for (int i = 1; i <= FILES; i++) {
			Files.writeString(incoming.resolve("variant-%02d.txt".formatted(i)), seed
				.replaceFirst("NATO to open liaison office in Tokyo", "NATO to open liaison office in Tokyo " + i),
					StandardCharsets.UTF_8);
		}
		Path data = this.work.resolve("data");

		List<String> reportedStored;
		long orphanPid;
		try (Portal first = Portal.start(data, incoming)) {
			first.awaitLine((line) -> STORED.matcher(line).find() && first.stored().size() >= 5, Duration.ofMinutes(3));
			// While the import runs, readiness says so and the pages say how far it is.
			assertThat(first.status("/actuator/health/readiness")).isEqualTo(503);
			assertThat(first.body("/"))
				.containsPattern("An import is in progress \\(\\d+ of %d files read\\)".formatted(FILES));
			first.kill();
			reportedStored = first.stored();
			orphanPid = postmasterPid(data).orElseThrow();
			// The server the killed JVM started is still running: the case to recover
			// from.
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);
		}
		assertThat(reportedStored).hasSizeBetween(5, FILES - 1);

		try (Portal second = Portal.start(data, incoming)) {
			second.awaitLine((line) -> line.contains("Imported " + incoming), Duration.ofMinutes(3));
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
			assertThat(second.status("/actuator/health/readiness")).isEqualTo(200);
			assertThat(second.body("/")).doesNotContain("An import is in progress");

			try (Connection db = DriverManager.getConnection(
					"jdbc:postgresql://localhost:%d/newsarchive".formatted(databasePort(data)), "postgres", "")) {
				for (String file : reportedStored) {
					assertThat(
							count(db,
									"select count(*) from raw_documents where file_name = '" + file
											+ "' and article_id is not null"))
						.as("%s was reported stored", file)
						.isEqualTo(1);
				}
				assertThat(count(db, "select count(*) from articles")).isEqualTo(FILES + 5);
				// No half article: every article has its paragraphs and its contributors.
				assertThat(count(db, "select count(*) from articles a where not exists "
						+ "(select 1 from article_blocks b where b.article_id = a.id)"))
					.isZero();
				assertThat(count(db,
						"select count(*) from articles a where title like 'NATO to open liaison office in Tokyo %' "
								+ "and not exists (select 1 from article_contributors c where c.article_id = a.id)"))
					.isZero();
				assertThat(count(db, "select count(*) from raw_documents r where not exists "
						+ "(select 1 from import_results x where x.raw_document_id = r.id)"))
					.isZero();
				assertThat(count(db, "select count(*) from import_runs where finished_at is null")).isZero();
				assertThat(count(db, "select count(*) from import_runs where interrupted")).isEqualTo(1);
			}
			assertThat(JsonPath.<Integer>read(second.body("/api/search?size=1"), "$.total")).isEqualTo(FILES + 5);
			assertThat(JsonPath.<Integer>read(second.body("/api/search?q=liaison&size=1"), "$.total"))
				.isEqualTo(FILES + 1);
			second.stop();
		}
		// A normal shutdown leaves no server behind.
		assertThat(postmasterPid(data)).isEmpty();
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static Optional<Long> postmasterPid(Path data) throws IOException {
		Path pidFile = data.resolve("postgres/postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
	}

	/** The port the embedded server listens on: the fourth line of its pid file. */
	private static int databasePort(Path data) throws IOException {
		return Integer.parseInt(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(3).strip());
	}

	/** The application in a JVM of its own, with its output read line by line. */
	private static final class Portal implements AutoCloseable {

		private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

		private final Process process;

		private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

		private volatile int port;

		private Portal(Process process) {
			this.process = process;
			CompletableFuture.runAsync(this::read);
		}

		static Portal start(Path data, Path incoming) throws IOException, InterruptedException {
			String java = ProcessHandle.current().info().command().orElse("java");
			ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
					NewsArchiveApplication.class.getName(), "--server.port=0",
					"--archive.ingest.folders=seeds," + incoming, "--logging.level.org.newsarchive=INFO",
					// batches of two articles: the import is killed between two commits
					"--archive.ingest.batch-size=2")
				.redirectErrorStream(true);
			builder.environment().put("ARCHIVE_DATA", data.toString());
			builder.environment().put("ARCHIVE_ADMIN_PASSWORD", "pw");
			Portal portal = new Portal(builder.start());
			portal.awaitLine((line) -> portal.port > 0, Duration.ofMinutes(2));
			return portal;
		}

		private void read() {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					Matcher port = PORT.matcher(line);
					if (port.find()) {
						this.port = Integer.parseInt(port.group(1));
					}
					this.lines.add(line);
				}
			}
			catch (IOException ex) {
				// the process was killed; its output ends here
			}
		}

		void awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline) {
				synchronized (this.lines) {
					if (this.lines.stream().anyMatch(wanted)) {
						return;
					}
				}
				if (!this.process.isAlive()) {
					throw new AssertionError("The portal ended: " + String.join("\n", this.lines));
				}
				Thread.sleep(50);
			}
			throw new AssertionError("Not seen within " + timeout + ":\n" + String.join("\n", this.lines));
		}

		/** The files the portal logged as stored. */
		List<String> stored() {
			synchronized (this.lines) {
				return this.lines.stream()
					.map(STORED::matcher)
					.filter(Matcher::find)
					.map((matcher) -> matcher.group(2))
					.toList();
			}
		}

		int status(String path) throws IOException, InterruptedException {
			return send(path).statusCode();
		}

		String body(String path) throws IOException, InterruptedException {
			HttpResponse<String> response = send(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return response.body();
		}

		private HttpResponse<String> send(String path) throws IOException, InterruptedException {
			try (HttpClient client = HttpClient.newHttpClient()) {
				return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
						HttpResponse.BodyHandlers.ofString());
			}
		}

		void kill() throws InterruptedException {
			this.process.destroyForcibly();
			this.process.waitFor(30, TimeUnit.SECONDS);
		}

		void stop() throws InterruptedException {
			this.process.destroy();
			assertThat(this.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}

		@Override
		public void close() throws InterruptedException {
			if (this.process.isAlive()) {
				kill();
			}
		}

	}

}
