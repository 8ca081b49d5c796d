package org.newsarchive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar news-archive.jar import PATH…} run in-process on a data folder of its
 * own: what it prints, what it answers with, and that a second run of the same folder
 * finds everything stored.
 */
class ImportCommandTests {

	@TempDir
	Path work;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void importsAFolderAndASecondRunFindsEverythingUnchanged() throws Exception {
		Path folder = Files.createDirectories(this.work.resolve("incoming"));
		Path nested = Files.createDirectories(folder.resolve("2023/06"));
		Files.copy(Path.of("seeds/000_7007327302503941.txt"), folder.resolve("000.txt"));
		Files.copy(Path.of("seeds/001_bf51fbc3ba7c270a.txt"), nested.resolve("001.txt"));
		Files.copy(Path.of("seeds/002_164af92ece23cc05.txt"), nested.resolve("002.txt"));
		Files.write(folder.resolve("picture.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		zip(folder.resolve("more.zip"), Path.of("seeds/003_58561484b8c72d53.txt"));
		Path single = this.work.resolve("004.txt");
		Files.copy(Path.of("seeds/004_60f1b6b1adb64af0.txt"), single);

		assertThat(run(folder.toString(), single.toString())).as(this::errors).isEqualTo(0);
		// The zip's one article is read from inside it; the PNG is no article.
		// A slow run (more than 10 s) prints progress lines before it: the summary ends
		// it.
		assertThat(this.out.toString(StandardCharsets.UTF_8)).matches(
				"(?s)(.*\\R)?Imported 6 files in \\d+\\.\\d s: 5 articles created, 0 updated, 0 unchanged, 1 rejected \\(\\d+\\.\\d articles/s\\)\\R");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();

		this.out.reset();
		assertThat(run(folder.toString(), single.toString())).as(this::errors).isEqualTo(0);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).matches(
				"(?s)(.*\\R)?Imported 6 files in \\d+\\.\\d s: 0 articles created, 0 updated, 5 unchanged, 1 rejected \\(\\d+\\.\\d articles/s\\)\\R");
	}

	@Test
	void noPathIsAUsageError() {
		assertThat(new ImportCommand(print(this.out), print(this.err), false).run()).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.startsWith("Name at least one file or folder to import.\nUsage: java -jar news-archive.jar import PATH…");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void aPathThatDoesNotExistIsAUsageErrorNamingIt() throws IOException {
		Path there = Files.createDirectories(this.work.resolve("there"));
		Path missing = this.work.resolve("missing");
		assertThat(new ImportCommand(print(this.out), print(this.err), false).run(there.toString(), missing.toString()))
			.isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.isEqualTo("No such file or folder: " + missing.toAbsolutePath() + "\n");
	}

	@Test
	void refusesToRunWhileAPortalHoldsTheDataFolder() throws Exception {
		Path folder = Files.createDirectories(this.work.resolve("incoming"));
		Files.copy(Path.of("seeds/000_7007327302503941.txt"), folder.resolve("000.txt"));
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(NewsArchiveApplication.class).run(
				"--server.port=0", "--archive.database.embedded.data-directory=" + this.work.resolve("data/postgres"),
				"--archive.index.directory=" + this.work.resolve("data/index"), "--archive.ingest.folders=",
				"--archive.admin.password=pw", "--archive.database.embedded.durable=false",
				"--logging.level.org.newsarchive=WARN")) {
			assertThat(run(folder.toString())).isEqualTo(1);
		}
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.isEqualTo("The import did not run: Another archive process is using the database in "
					+ this.work.resolve("data/postgres").toAbsolutePath()
					+ ". Stop it first, or give this one another folder (ARCHIVE_DATA).\n");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	private String errors() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private int run(String... paths) {
		String[] args = new String[paths.length + 4];
		System.arraycopy(paths, 0, args, 0, paths.length);
		args[paths.length] = "--archive.database.embedded.data-directory=" + this.work.resolve("data/postgres");
		args[paths.length + 1] = "--archive.index.directory=" + this.work.resolve("data/index");
		args[paths.length + 2] = "--archive.admin.password=pw";
		args[paths.length + 3] = "--archive.database.embedded.durable=false";
		return new ImportCommand(print(this.out), print(this.err), false).run(args);
	}

	private static PrintStream print(OutputStream stream) {
		return new PrintStream(stream, true, StandardCharsets.UTF_8);
	}

	private static void zip(Path zip, Path file) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry(file.getFileName().toString()));
			Files.copy(file, out);
			out.closeEntry();
		}
	}

}
