package org.newsarchive.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.ArchiveTest;
import org.newsarchive.StatementCounting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports of folders on the server through {@code /api/admin/import-jobs}: started with a
 * 202 and the job's address, followed to the end, cancelled between files, and refused
 * outside the allowed roots.
 */
@ArchiveTest
@Import(StatementCounting.class)
class ImportJobsApiTests {

	@TempDir
	static Path allowed;

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@DynamicPropertySource
	static void allowedRoots(DynamicPropertyRegistry registry) {
		registry.add("archive.import.allowed-roots", () -> allowed.toString());
	}

	@Test
	void importsAFolderInTheBackgroundAndASecondJobFindsItStored() throws Exception {
		Path folder = Files.createDirectories(allowed.resolve("finished/2023"));
		variants(folder, 2);
		Files.write(folder.resolve("picture.png"), ImportApiTests.PNG);
		String path = folder.toRealPath().toString();

		String location = this.mvc
			.perform(post("/api/admin/import-jobs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"path\": \"" + path + "\"}")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.path").value(path))
			.andExpect(jsonPath("$.error").value(nullValue()))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(location).matches("/api/admin/import-jobs/\\d+");

		String job = awaitEnd(location);
		assertThat(JsonPath.<String>read(job, "$.state")).isEqualTo("DONE");
		this.mvc.perform(get(location).with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$.files.done").value(3))
			.andExpect(jsonPath("$.files.total").value(3))
			.andExpect(jsonPath("$.articles.created").value(2))
			.andExpect(jsonPath("$.articles.updated").value(0))
			.andExpect(jsonPath("$.articles.unchanged").value(0))
			.andExpect(jsonPath("$.articles.rejected").value(1))
			.andExpect(jsonPath("$.startedAt").value(notNullValue()))
			.andExpect(jsonPath("$.finishedAt").value(notNullValue()))
			.andExpect(jsonPath("$.error").value(nullValue()));
		this.mvc.perform(get("/api/admin/imports").with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$[0].origin").value("job:" + path))
			.andExpect(jsonPath("$[0].interrupted").value(false))
			.andExpect(jsonPath("$[0].files[*].file")
				.value(org.hamcrest.Matchers.contains("picture.png", "variant-01.txt", "variant-02.txt")))
			.andExpect(jsonPath("$[0].files[*].status")
				.value(org.hamcrest.Matchers.contains("REJECTED", "CREATED", "CREATED")));

		String again = awaitEnd(start(path));
		assertThat(JsonPath.<String>read(again, "$.state")).isEqualTo("DONE");
		assertThat(JsonPath.<Integer>read(again, "$.articles.unchanged")).isEqualTo(2);
		assertThat(JsonPath.<Integer>read(again, "$.articles.created")).isZero();
		assertThat(JsonPath.<Integer>read(again, "$.articles.rejected")).isEqualTo(1);
	}

	@Test
	void aCancelledJobStopsBetweenFilesWithEveryFileItReadRecorded() throws Exception {
		Path folder = Files.createDirectories(allowed.resolve("cancelled"));
		variants(folder, 40);
		String path = folder.toRealPath().toString();
		String location = start(path);
		this.mvc.perform(delete(location).with(httpBasic("admin", "test-password"))).andExpect(status().isOk());

		String job = awaitEnd(location);
		assertThat(JsonPath.<String>read(job, "$.state")).isEqualTo("CANCELLED");
		int done = JsonPath.read(job, "$.files.done");
		assertThat(done).isLessThan(40);
		assertThat(JsonPath.<Integer>read(job, "$.articles.created")).isEqualTo(done);
		if (done > 0) {
			String history = this.mvc.perform(get("/api/admin/imports").with(httpBasic("admin", "test-password")))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(JsonPath.<String>read(history, "$[0].origin")).isEqualTo("job:" + path);
			assertThat(JsonPath.<java.util.List<String>>read(history, "$[0].files[*].status")).hasSize(done)
				.containsOnly("CREATED");
		}
	}

	@Test
	void refusesPathsOutsideTheAllowedRootsMissingOnesAndStrangers() throws Exception {
		this.mvc
			.perform(post("/api/admin/import-jobs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"path\": \"/etc\"}")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail")
				.value("/etc is outside the folders imports may read (archive.import.allowed-roots)."));
		// Outside the roots, whether a path exists is not told; inside, a link cannot
		// lead out.
		this.mvc
			.perform(post("/api/admin/import-jobs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"path\": \"/no/such/folder\"}")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isForbidden());
		Path link = Files.createSymbolicLink(allowed.resolve("link-to-etc"), Path.of("/etc"));
		this.mvc
			.perform(post("/api/admin/import-jobs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"path\": \"" + link + "\"}")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail")
				.value(link + " is outside the folders imports may read (archive.import.allowed-roots)."));
		String missing = allowed.resolve("missing").toString();
		this.mvc
			.perform(post("/api/admin/import-jobs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"path\": \"" + missing + "\"}")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("There is no file or folder " + missing + " on the server."));
		this.mvc
			.perform(post("/api/admin/import-jobs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"path\": \"" + allowed + "/../../etc\"}")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/admin/import-jobs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"path\": \"" + allowed + "\"}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/admin/import-jobs/999999").with(httpBasic("admin", "test-password")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("There is no import job 999999."));
	}

	@Test
	void theAdminPageStartsAJobWithItsCsrfTokenAndFollowsItAsJson() throws Exception {
		Path folder = Files.createDirectories(allowed.resolve("from-the-page"));
		variants(folder, 1);
		String path = folder.toRealPath().toString();
		this.mvc.perform(get("/admin").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("<form action=\"/admin/import-jobs\" method=\"post\"")))
			.andExpect(content().string(containsString("<input id=\"job-path\" type=\"text\" name=\"path\" required")));
		this.mvc.perform(post("/admin/import-jobs").param("path", path).with(user("admin").roles("ADMIN")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/import-jobs").param("path", path).with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin#jobs-heading"));
		String page = this.mvc.perform(get("/admin").with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(": " + path + "</strong>").contains("<progress", "class=\"job-counts\"");
		String id = page.replaceFirst("(?s).*?Job (\\d+): " + java.util.regex.Pattern.quote(path) + ".*", "$1");
		String job = awaitEnd("/admin/import-jobs/" + id, user("admin").roles("ADMIN"));
		assertThat(JsonPath.<String>read(job, "$.state")).isEqualTo("DONE");
		assertThat(JsonPath.<Integer>read(job, "$.articles.created")).isEqualTo(1);
		this.mvc
			.perform(post("/admin/import-jobs").param("path", "/etc").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("/etc is outside the folders imports may read (archive.import.allowed-roots).")));
	}

	@Test
	void aJobWhoseRunnerEndedWithoutFinishingIsShownInterrupted() throws Exception {
		long id;
		// The runner: another instance's connection, which ends as a process killed with
		// kill -9 leaves it, the job still RUNNING.
		try (Connection runner = DriverManager.getConnection(database().getJdbcUrl(), runnerProperties())) {
			try (PreparedStatement claim = runner.prepareStatement("""
					insert into import_jobs (path, state, queued_at, started_at, files_total, files_done)
					values ('/srv/news/killed', 'RUNNING', now(), now(), 10, 4) returning id""");
					ResultSet row = claim.executeQuery()) {
				row.next();
				id = row.getLong(1);
			}
			this.mvc.perform(get("/api/admin/import-jobs/{id}", id).with(httpBasic("admin", "test-password")))
				.andExpect(jsonPath("$.state").value("RUNNING"));
		}
		String location = "/api/admin/import-jobs/" + id;
		String job = awaitEnd(location);
		assertThat(JsonPath.<String>read(job, "$.state")).isEqualTo("INTERRUPTED");
		assertThat(JsonPath.<String>read(job, "$.error"))
			.isEqualTo("The portal instance running this import ended before it finished: start it again "
					+ "to import the rest (files already stored are found unchanged).");
		assertThat(JsonPath.<Integer>read(job, "$.files.done")).isEqualTo(4);
		assertThat(JsonPath.<String>read(job, "$.finishedAt")).isNotNull();
		Element shown = Jsoup
			.parse(this.mvc.perform(get("/admin").with(user("admin").roles("ADMIN")))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8))
			.selectFirst(".import-jobs li:contains(/srv/news/killed)");
		assertThat(shown.select(".job-state").text()).isEqualTo("INTERRUPTED");
		assertThat(shown.select("form")).isEmpty();
	}

	@Test
	void followingAJobWhoseRunnerIsConnectedWritesNothing() throws Exception {
		try (Connection runner = DriverManager.getConnection(database().getJdbcUrl(), runnerProperties())) {
			long id;
			try (PreparedStatement claim = runner.prepareStatement("""
					insert into import_jobs (path, state, queued_at, started_at, files_total, files_done)
					values ('/srv/news/running', 'RUNNING', now(), now(), 10, 4) returning id""");
					ResultSet row = claim.executeQuery()) {
				row.next();
				id = row.getLong(1);
			}
			StatementCounting.clear();
			this.mvc.perform(get("/api/admin/import-jobs/{id}", id).with(httpBasic("admin", "test-password")))
				.andExpect(jsonPath("$.state").value("RUNNING"));
			this.mvc.perform(get("/api/admin/import-jobs").with(httpBasic("admin", "test-password")))
				.andExpect(status().isOk());
			assertThat(StatementCounting.writes()).isZero();
		}
	}

	private Properties runnerProperties() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", database().getUsername());
		properties.setProperty("password", (database().getPassword() != null) ? database().getPassword() : "");
		properties.setProperty("ApplicationName", "news-archive killed-runner");
		return properties;
	}

	private HikariDataSource database() throws SQLException {
		return this.dataSource.unwrap(HikariDataSource.class);
	}

	private String start(String path) throws Exception {
		return this.mvc
			.perform(post("/api/admin/import-jobs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"path\": \"" + path + "\"}")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isAccepted())
			.andExpect(header().exists("Location"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
	}

	private String awaitEnd(String location) throws Exception {
		return awaitEnd(location, httpBasic("admin", "test-password"));
	}

	private String awaitEnd(String location, RequestPostProcessor admin) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (true) {
			String job = this.mvc.perform(get(location).with(admin))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			String state = JsonPath.read(job, "$.state");
			if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
				return job;
			}
			assertThat(System.nanoTime()).as("the job at %s to end", location).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	/** Copies of a seed, each with a title of its own, so that each is a new article. */
	private static void variants(Path folder, int count) throws IOException {
		String seed = Files.readString(Path.of("seeds/003_58561484b8c72d53.txt"), StandardCharsets.UTF_8);
		for (int i = 1; i <= count; i++) {
			Files.writeString(folder.resolve("variant-%02d.txt".formatted(i)),
					seed.replaceFirst("NATO to open liaison office in Tokyo",
							"NATO to open liaison office in Tokyo " + folder.getFileName() + " " + i),
					StandardCharsets.UTF_8);
		}
	}

}
