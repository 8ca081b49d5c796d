package org.newsarchive;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.ingest.ImportResult;
import org.newsarchive.ingest.ImportService;
import org.newsarchive.ingest.ImportStatus;
import org.newsarchive.ingest.IncomingFile;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Back up a running archive, delete its data folder, restore the backup into a fresh one:
 * the same articles, people, curation, import history and original files, and a search
 * index rebuilt from them.
 */
class BackupRestoreTests {

	@TempDir
	Path work;

	@Test
	void aRestoredArchiveIsTheArchiveThatWasBackedUp() throws Exception {
		Path data = this.work.resolve("data");
		Path backup = this.work.resolve("backup.zip");
		String articles;
		String people;
		String person;
		String history;
		String search;
		List<byte[]> originals = new ArrayList<>();
		try (ConfigurableApplicationContext app = start(data, "")) {
			int stoltenberg = JsonPath.read(send(app, "GET", "/api/people?prefix=Stoltenberg").body(), "$[0].id");
			assertThat(send(app, "POST",
					"/api/admin/people/" + stoltenberg + "/names?name="
							+ URLEncoder.encode("延斯·斯托尔滕贝格", StandardCharsets.UTF_8) + "&script=zh-Hans")
				.statusCode()).isEqualTo(200);
			articles = send(app, "GET", "/api/articles?size=100").body();
			people = send(app, "GET", "/api/people").body();
			person = send(app, "GET", "/api/people/" + stoltenberg).body();
			history = send(app, "GET", "/api/admin/imports").body();
			search = send(app, "GET", stoltenbergOldestFirst()).body();
			for (int raw : JsonPath.<List<Integer>>read(history, "$[*].files[*].rawDocumentId")) {
				originals.add(sendForBytes(app, "/raw/" + raw + "?name=original.txt"));
			}
			HttpResponse<byte[]> zip = HttpClient.newHttpClient()
				.send(PortalHttp.request(app, "GET", "/api/admin/backup").build(),
						HttpResponse.BodyHandlers.ofByteArray());
			assertThat(zip.statusCode()).isEqualTo(200);
			assertThat(zip.headers().firstValue("Content-Type")).contains("application/zip");
			Files.write(backup, zip.body());
		}
		assertThat(JsonPath.<Integer>read(articles, "$.total")).isEqualTo(5);
		assertThat(JsonPath.<List<String>>read(person, "$.names['zh-Hans']")).contains("延斯·斯托尔滕贝格");
		assertThat(originals).hasSize(5);

		assertThat(FileSystemUtils.deleteRecursively(data)).isTrue();

		try (ConfigurableApplicationContext app = start(data, backup.toString())) {
			assertThat(send(app, "GET", "/api/articles?size=100").body()).isEqualTo(articles);
			assertThat(send(app, "GET", "/api/people").body()).isEqualTo(people);
			int stoltenberg = JsonPath.read(person, "$.id");
			assertThat(send(app, "GET", "/api/people/" + stoltenberg).body()).isEqualTo(person);
			String restoredHistory = send(app, "GET", "/api/admin/imports").body();
			// The seeds folder, imported again at this start, finds every file already
			// kept.
			assertThat(JsonPath.<List<String>>read(restoredHistory, "$[0].files[*].status")).containsOnly("UNCHANGED")
				.hasSize(5);
			assertThat(JsonPath.<List<Object>>read(restoredHistory, "$[1:]"))
				.isEqualTo(JsonPath.<List<Object>>read(history, "$"));
			List<byte[]> restoredOriginals = new ArrayList<>();
			for (int raw : JsonPath.<List<Integer>>read(history, "$[*].files[*].rawDocumentId")) {
				restoredOriginals.add(sendForBytes(app, "/raw/" + raw + "?name=original.txt"));
			}
			assertThat(restoredOriginals).containsExactlyElementsOf(originals);
			// The index was rebuilt from the restored rows, curation included.
			// In date order: relevance scores count the documents the curation's
			// re-indexing
			// deleted until a merge drops them, so ties between the hits may fall either
			// way in the index that was backed up.
			assertThat(withoutTiming(send(app, "GET", stoltenbergOldestFirst()).body()))
				.isEqualTo(withoutTiming(search));
			// What is imported after the restore takes ids after the restored ones, also
			// where ids come from the sequence a block at a time.
			long restoredMax = JsonPath.<List<Integer>>read(articles, "$.items[*].id")
				.stream()
				.mapToLong(Integer::longValue)
				.max()
				.orElseThrow();
			List<ImportResult> added = app.getBean(ImportService.class)
				.importFiles("upload", List.of(new IncomingFile("after-restore.txt",
						("After the restore\n\n标题\n\nSource\nChina Military Online\nEditor\nLi Jiayao\nTime\n2023-05-12 18:07:23\n\n"
								+ "NATO plans an office after the restore.\n\n国防部长孙志强会见了来访的代表团。\n")
							.getBytes(StandardCharsets.UTF_8))));
			assertThat(added).extracting(ImportResult::status).containsExactly(ImportStatus.CREATED);
			assertThat(added.get(0).articleId()).isGreaterThan(restoredMax);
		}
	}

	private static String stoltenbergOldestFirst() {
		return "/api/search?sort=oldest&q=" + URLEncoder.encode("延斯·斯托尔滕贝格", StandardCharsets.UTF_8);
	}

	@Test
	void aBackupIsRestoredOnlyIntoAFreshArchive() throws Exception {
		Path data = this.work.resolve("data");
		Path backup = this.work.resolve("backup.zip");
		try (ConfigurableApplicationContext app = start(data, "")) {
			Files.write(backup, sendForBytes(app, "/api/admin/backup"));
		}
		assertThatThrownBy(() -> start(data, backup.toString()).close())
			.hasStackTraceContaining("The database already holds an archive; restore into a fresh data folder.");
		assertThatThrownBy(() -> start(this.work.resolve("other"), this.work.resolve("missing.zip").toString()).close())
			.hasStackTraceContaining("There is no backup at");
		Path notAZip = Files.write(this.work.resolve("not-a-zip.zip"), "just text".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> start(this.work.resolve("third"), notAZip.toString()).close())
			.hasStackTraceContaining("Could not restore " + notAZip);
		Path noManifest = this.work.resolve("no-manifest.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noManifest))) {
			zip.putNextEntry(new ZipEntry("tables/articles.copy"));
			zip.write("1\tx\n".getBytes(StandardCharsets.UTF_8));
		}
		assertThatThrownBy(() -> start(this.work.resolve("fourth"), noManifest.toString()).close())
			.hasStackTraceContaining(noManifest + " is not an archive backup: it has no manifest.json");
		// The refused restore left the archive it was pointed at as it was.
		try (ConfigurableApplicationContext app = start(data, "")) {
			assertThat(JsonPath.<Integer>read(PortalHttp.get(app, "/api/articles"), "$.total")).isEqualTo(5);
		}
	}

	private static String withoutTiming(String json) {
		return json.replaceAll("\"tookMs\":\\d+", "");
	}

	private static ConfigurableApplicationContext start(Path data, String restoreFrom) {
		return new SpringApplicationBuilder(NewsArchiveApplication.class).run("--server.port=0",
				"--archive.database.embedded.data-directory=" + data.resolve("postgres"),
				"--archive.index.directory=" + data.resolve("index"), "--archive.ingest.folders=seeds",
				"--archive.admin.password=pw", "--archive.restore-from=" + restoreFrom,
				"--logging.level.org.newsarchive=WARN");
	}

	private static HttpResponse<String> send(ConfigurableApplicationContext app, String method, String path)
			throws Exception {
		return HttpClient.newHttpClient()
			.send(PortalHttp.request(app, method, path).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static byte[] sendForBytes(ConfigurableApplicationContext app, String path) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(PortalHttp.request(app, "GET", path).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
