package org.newsarchive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.ingest.SampleFiles;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The application as {@code ./mvnw spring-boot:run} starts it: on the embedded PostgreSQL
 * with its files on disk and every commit reaching the disk, importing the seeds and a
 * folder of bad files at start-up, served over HTTP; then restarted on the same files.
 */
class StartupTests {

	@TempDir
	Path data;

	@Test
	void servesTheSeedsAndARestartDuplicatesNothing() throws Exception {
		Path incoming = Files.createDirectories(this.data.resolve("incoming"));
		for (Map.Entry<String, byte[]> file : SampleFiles.all(70 * 1024).entrySet()) {
			Files.write(incoming.resolve(file.getKey()), file.getValue());
		}

		List<Integer> kept;
		try (ConfigurableApplicationContext app = start()) {
			assertThat(serverSettings(app)).containsExactly(entry("fsync", "on"), entry("synchronous_commit", "on"),
					entry("full_page_writes", "on"));
			// The five seeds, and the hostile copy of 004 at an address of its own.
			assertThat(JsonPath.<Integer>read(get(app, "/api/articles"), "$.total")).isEqualTo(6);
			assertThat(get(app, "/")).contains("北约将提升与亚太伙伴四国关系，探索在网络安全等问题合作").doesNotContain("<script>alert");
			String history = get(app, "/api/admin/imports");
			assertThat(JsonPath.<List<String>>read(history, "$[1].files[*].status")).containsOnly("CREATED");
			assertThat(JsonPath.<List<String>>read(history, "$[0].files[*].status")).containsExactly("REJECTED",
					"REJECTED", "REJECTED", "REJECTED", "REJECTED", "UNCHANGED", "UPDATED", "CREATED");
			assertThat(JsonPath.<List<String>>read(history, "$[0].files[*].error")).satisfiesExactly(
					(error) -> assertThat(error).isEqualTo("the file is empty"),
					(error) -> assertThat(error).contains("PNG"), (error) -> assertThat(error).contains("cut off"),
					(error) -> assertThat(error).contains("not in any known format"),
					(error) -> assertThat(error).isEqualTo("The file is 71680 bytes, over the limit of 65536 bytes."),
					(error) -> assertThat(error).isNull(), (error) -> assertThat(error).isNull(),
					(error) -> assertThat(error).isNull());
			kept = JsonPath.read(history, "$[*].files[*].rawDocumentId");
			assertThat(kept).doesNotContainNull().doesNotHaveDuplicates().hasSize(13);
			String guancha = get(app, "/api/articles/" + JsonPath.<Integer>read(history, "$[0].files[6].articleId"));
			assertThat(JsonPath.<String>read(guancha, "$.title")).isEqualTo("針對中俄?日媒曝北約擬在東京設立亞洲首個聯絡處");
			assertThat(JsonPath.<String>read(guancha, "$.origin.charset")).isEqualTo("Big5");
		}
		try (ConfigurableApplicationContext app = start()) {
			assertThat(JsonPath.<Integer>read(get(app, "/api/articles"), "$.total")).isEqualTo(6);
			String history = get(app, "/api/admin/imports");
			assertThat(JsonPath.<List<String>>read(history, "$[1].files[*].status")).containsOnly("UNCHANGED");
			assertThat(JsonPath.<List<String>>read(history, "$[0].files[*].status")).containsExactly("REJECTED",
					"REJECTED", "REJECTED", "REJECTED", "REJECTED", "UNCHANGED", "UNCHANGED", "UNCHANGED");
			// Nothing new was kept: every file of the second start is one kept by the
			// first.
			assertThat(kept).containsAll(JsonPath.<List<Integer>>read(history, "$[0:2].files[*].rawDocumentId"));
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(NewsArchiveApplication.class).run("--server.port=0",
				"--archive.database.embedded.data-directory=" + this.data.resolve("postgres"),
				"--archive.index.directory=" + this.data.resolve("index"),
				"--archive.ingest.folders=seeds," + this.data.resolve("incoming"),
				"--archive.ingest.max-file-size=64KB", "--archive.admin.password=pw",
				"--logging.level.org.newsarchive=WARN");
	}

	/** What the running database server says of its durability settings. */
	private static Map<String, String> serverSettings(ConfigurableApplicationContext app) throws SQLException {
		Map<String, String> settings = new LinkedHashMap<>();
		try (Connection connection = app.getBean(DataSource.class).getConnection();
				Statement statement = connection.createStatement()) {
			for (String name : List.of("fsync", "synchronous_commit", "full_page_writes")) {
				try (ResultSet value = statement.executeQuery("show " + name)) {
					value.next();
					settings.put(name, value.getString(1));
				}
			}
		}
		return settings;
	}

	private static String get(ConfigurableApplicationContext app, String path) throws Exception {
		return PortalHttp.get(app, path);
	}

}
