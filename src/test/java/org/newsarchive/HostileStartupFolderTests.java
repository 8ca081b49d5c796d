package org.newsarchive;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.ingest.HostileFiles;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A start-up folder of hostile files: the application starts in bounded time, every file
 * has its result in a finished run, and the pages about them stay small.
 */
class HostileStartupFolderTests {

	@TempDir
	Path data;

	@Test
	void startsWithAFolderOfHostileFilesAndAnswersForEach() throws Exception {
		Path incoming = Files.createDirectories(this.data.resolve("incoming"));
		for (Map.Entry<String, byte[]> file : HostileFiles.all().entrySet()) {
			Files.write(incoming.resolve(file.getKey()), file.getValue());
		}
		try (ConfigurableApplicationContext app = assertTimeoutPreemptively(Duration.ofSeconds(180), this::start)) {
			String history = get(app, "/api/admin/imports");
			assertThat(JsonPath.<String>read(history, "$[0].origin")).endsWith("incoming");
			assertThat(JsonPath.<String>read(history, "$[0].finishedAt")).isNotNull();
			assertThat(JsonPath.<List<String>>read(history, "$[0].files[*].status")).containsExactly("CREATED",
					"CREATED", "CREATED", "REJECTED", "CREATED", "CREATED", "CREATED");
			assertThat(JsonPath.<List<String>>read(history, "$[0].files[5].warnings")).hasSize(21)
				.endsWith("… and 49,981 more warnings");
			assertThat(JsonPath.<List<String>>read(history, "$[0].files[6].warnings"))
				.containsExactly("2 NUL characters (U+0000), which are not text, were dropped");
			String told = (String.valueOf(JsonPath.<Object>read(history, "$..error"))
					+ JsonPath.<Object>read(history, "$..warnings"))
				.toLowerCase(Locale.ROOT);
			assertThat(told).doesNotContain("insert", "sql", "import_results", "raw_documents");
			int shortLines = JsonPath.read(history, "$[0].files[5].articleId");
			assertThat(get(app, "/articles/" + shortLines).getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(200_000);
			assertThat(get(app, "/admin").getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(200_000);
			assertThat(history.getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(200_000);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(NewsArchiveApplication.class).run("--server.port=0",
				"--archive.database.embedded.data-directory=" + this.data.resolve("postgres"),
				"--archive.index.directory=" + this.data.resolve("index"),
				"--archive.ingest.folders=" + this.data.resolve("incoming"), "--archive.admin.password=pw",
				"--logging.level.org.newsarchive=WARN");
	}

	private static String get(ConfigurableApplicationContext app, String path) throws Exception {
		return PortalHttp.get(app, path);
	}

}
