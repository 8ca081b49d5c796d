package org.newsarchive;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as {@code ./mvnw spring-boot:run} starts it: on the embedded PostgreSQL
 * with its files on disk, importing the seeds and a folder of bad files at start-up,
 * served over HTTP; then restarted on the same files.
 */
class StartupTests {

	@TempDir
	Path data;

	@Test
	void servesTheSeedsAndARestartDuplicatesNothing() throws Exception {
		Path incoming = Files.createDirectories(this.data.resolve("incoming"));
		Files.write(incoming.resolve("empty.txt"), new byte[0]);
		Files.write(incoming.resolve("picture.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		Files.writeString(incoming.resolve("notes.txt"), "nothing to see here\n");

		try (ConfigurableApplicationContext app = start()) {
			assertThat(JsonPath.<Integer>read(get(app, "/api/articles"), "$.total")).isEqualTo(5);
			assertThat(get(app, "/")).contains("北约将提升与亚太伙伴四国关系，探索在网络安全等问题合作");
			String history = get(app, "/api/admin/imports");
			assertThat(JsonPath.<List<String>>read(history, "$[0].files[*].status")).containsExactly("REJECTED",
					"REJECTED", "REJECTED");
			assertThat(JsonPath.<List<String>>read(history, "$[1].files[*].status")).containsOnly("CREATED");
			assertThat(JsonPath.<List<Integer>>read(history, "$[0].files[*].rawDocumentId")).doesNotContainNull();
		}
		try (ConfigurableApplicationContext app = start()) {
			assertThat(JsonPath.<Integer>read(get(app, "/api/articles"), "$.total")).isEqualTo(5);
			String history = get(app, "/api/admin/imports");
			assertThat(JsonPath.<List<String>>read(history, "$[1].files[*].status")).containsOnly("UNCHANGED");
			assertThat(JsonPath.<List<String>>read(history, "$[0].files[*].status")).containsOnly("REJECTED");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(NewsArchiveApplication.class).run("--server.port=0",
				"--archive.database.embedded.data-directory=" + this.data.resolve("postgres"),
				"--archive.index.directory=" + this.data.resolve("index"),
				"--archive.ingest.folders=seeds," + this.data.resolve("incoming"), "--archive.admin.password=pw",
				"--logging.level.org.newsarchive=WARN");
	}

	private static String get(ConfigurableApplicationContext app, String path) throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
