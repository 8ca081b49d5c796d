package org.newsarchive;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two portals side by side on one PostgreSQL server of their own (the tests' external
 * server, or else one started apart from both): an import job started on one is followed
 * on the other and runs once, curation on one shows on the other, and a third starting
 * meanwhile leaves the first one's import under way alone. Where
 * {@code ARCHIVE_TEST_OPENSEARCH_URL} names a node, they search one OpenSearch index, as
 * instances serving one archive must, and what one imports the other finds; else each has
 * an embedded index of its own.
 */
class TwoInstancesTests {

	private static final String OPENSEARCH = System.getenv("ARCHIVE_TEST_OPENSEARCH_URL");

	private final String alias = "test-two-" + UUID.randomUUID();

	@TempDir
	Path work;

	@Test
	void jobsAndCurationAreSharedThroughTheDatabase() throws Exception {
		TestDatabaseServer server = TestDatabaseServer.externalOrSeparate();
		String database = server.createDatabase();
		Path folder = Files.createDirectories(this.work.resolve("allowed/2024"));
		String seed = Files.readString(Path.of("seeds/003_58561484b8c72d53.txt"), StandardCharsets.UTF_8);
		for (int i = 1; i <= 3; i++) {
			Files.writeString(folder.resolve("variant-%d.txt".formatted(i)),
					seed.replaceFirst("NATO to open liaison office in Tokyo", "NATO to open liaison office " + i));
		}
		String path = folder.toRealPath().toString();
		try (ConfigurableApplicationContext first = start(server, database, "first");
				ConfigurableApplicationContext second = start(server, database, "second")) {
			String location = send(first, "POST", "/api/admin/import-jobs", "{\"path\": \"" + path + "\"}").headers()
				.firstValue("Location")
				.orElseThrow();

			String job = awaitEnd(second, location);
			assertThat(JsonPath.<String>read(job, "$.state")).isEqualTo("DONE");
			assertThat(JsonPath.<Integer>read(job, "$.files.done")).isEqualTo(3);
			assertThat(JsonPath.<Integer>read(job, "$.articles.created")).isEqualTo(3);
			assertThat(PortalHttp.get(first, location)).isEqualTo(job);
			if (openSearch()) {
				// The second instance wrote nothing, so it does not refresh before
				// searching:
				// it sees the first one's writes after OpenSearch's own refresh, within a
				// second.
				await().atMost(Duration.ofSeconds(10))
					.untilAsserted(() -> assertThat(JsonPath
						.<Integer>read(PortalHttp.get(second, "/api/search?q=%22liaison%20office%202%22"), "$.total"))
						.isEqualTo(1));
			}
			assertThat(JsonPath.<List<String>>read(PortalHttp.get(second, "/api/admin/imports"), "$[*].origin"))
				.containsOnlyOnce("job:" + path);

			String people = PortalHttp.get(second, "/api/people?type=PERSON");
			int person = JsonPath.read(people, "$[0].id");
			assertThat(JsonPath.<Integer>read(PortalHttp.get(second, "/api/people/" + person), "$.articleCount"))
				.isPositive();
			send(first, "POST", "/api/admin/people/" + person + "/names?name=Test%20Name", null);
			assertThat(JsonPath.<List<String>>read(PortalHttp.get(second, "/api/people/" + person), "$.names.*[*]"))
				.contains("Test Name");
			send(first, "POST", "/api/admin/people/" + person + "/reject?reason=not-a-person", null);
			assertThat(JsonPath.<Integer>read(PortalHttp.get(second, "/api/people/" + person), "$.articleCount"))
				.isZero();

			// An import under way on the first instance is its own, not an interrupted
			// one for a third instance starting meanwhile to take over.
			JdbcClient firstDatabase = JdbcClient.create(first.getBean(DataSource.class));
			long running = firstDatabase
				.sql("insert into import_runs (origin, started_at) values ('job:/under/way', now()) returning id")
				.query(Long.class)
				.single();
			try (ConfigurableApplicationContext third = start(server, database, "third")) {
				assertThat(
						firstDatabase.sql("select interrupted or finished_at is not null from import_runs where id = ?")
							.param(running)
							.query(Boolean.class)
							.single())
					.isFalse();
			}
		}
		finally {
			server.dropDatabase(database);
			if (openSearch()) {
				HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create(OPENSEARCH + "/" + this.alias + "-*")).DELETE().build(),
							HttpResponse.BodyHandlers.discarding());
			}
		}
	}

	private static boolean openSearch() {
		return OPENSEARCH != null && !OPENSEARCH.isBlank();
	}

	private ConfigurableApplicationContext start(TestDatabaseServer server, String database, String name) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database,
				"--spring.datasource.username=" + server.username(),
				"--spring.datasource.password=" + server.password(), "--archive.ingest.folders=seeds",
				"--archive.import.allowed-roots=" + this.work.resolve("allowed"), "--archive.admin.password=pw",
				"--logging.level.org.newsarchive=WARN"));
		if (openSearch()) {
			args.addAll(List.of("--archive.search.backend=opensearch", "--archive.search.opensearch.url=" + OPENSEARCH,
					"--archive.search.opensearch.index=" + this.alias));
		}
		else {
			args.add("--archive.index.directory=" + this.work.resolve(name + "-index"));
		}
		return new SpringApplicationBuilder(NewsArchiveApplication.class).run(args.toArray(String[]::new));
	}

	private static HttpResponse<String> send(ConfigurableApplicationContext app, String method, String path,
			String json) throws Exception {
		HttpRequest.Builder request = PortalHttp.request(app, method, path);
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		}
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 202);
		return response;
	}

	private static String awaitEnd(ConfigurableApplicationContext app, String location) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		String job = PortalHttp.get(app, location);
		while (!List.of("DONE", "CANCELLED", "FAILED").contains(JsonPath.<String>read(job, "$.state"))
				&& Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			job = PortalHttp.get(app, location);
		}
		return job;
	}

}
