package org.newsarchive;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index is derived data: with its folder deleted between two runs, the next start-up
 * rebuilds it from the database and every seed is found again.
 */
class SearchIndexRecoveryTests {

	@TempDir
	Path data;

	@Test
	void rebuildsADeletedIndexFolderAtStartUp() throws Exception {
		try (ConfigurableApplicationContext app = start()) {
			assertThat(JsonPath.<Integer>read(search(app, "北约"), "$.total")).isEqualTo(5);
		}
		Path index = this.data.resolve("index");
		assertThat(index).isDirectory();
		try (Stream<Path> files = Files.walk(index)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		assertThat(index).doesNotExist();
		try (ConfigurableApplicationContext app = start()) {
			String json = search(app, "北约");
			assertThat(JsonPath.<Integer>read(json, "$.total")).isEqualTo(5);
			assertThat(JsonPath.<Integer>read(search(app, "設立聯絡處"), "$.total")).isEqualTo(2);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(NewsArchiveApplication.class).run("--server.port=0",
				"--archive.database.embedded.data-directory=" + this.data.resolve("postgres"),
				"--archive.index.directory=" + this.data.resolve("index"), "--archive.ingest.folders=seeds",
				"--archive.admin.password=pw", "--logging.level.org.newsarchive=WARN");
	}

	private static String search(ConfigurableApplicationContext app, String q) throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		URI uri = URI
			.create("http://localhost:" + port + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
