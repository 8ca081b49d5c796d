package org.newsarchive;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.newsarchive.ingest.FileTree;
import org.newsarchive.ingest.ImportService;
import org.newsarchive.ingest.ImportTally;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar news-archive.jar import PATH…}: imports files, folders (with their
 * sub-folders) and containers into the archive of the data folder, without the web server
 * and without the start-up folders, after finishing what an interrupted import left.
 * Arguments starting with {@code --} are settings, as for the portal.
 */
final class ImportCommand {

	static final String NAME = "import";

	static final int DONE = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	private static final String USAGE_TEXT = "Usage: java -jar news-archive.jar import PATH… [--setting=value…]\n"
			+ "Imports files, folders (with their sub-folders) and containers (zip, tar, gz, WARC) into the archive "
			+ "in ARCHIVE_DATA (./data by default). Stop the portal first: both cannot use one data folder.";

	private final PrintStream out;

	private final PrintStream err;

	private final boolean terminal;

	ImportCommand(PrintStream out, PrintStream err, boolean terminal) {
		this.out = out;
		this.err = err;
		this.terminal = terminal;
	}

	/**
	 * Runs the command.
	 * @param args what followed {@code import}
	 * @return the process's exit code: 0 when it ran (rejected files included), 1 when it
	 * could not run, 2 for a usage error
	 */
	int run(String... args) {
		List<Path> paths = new ArrayList<>();
		List<String> settings = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--")) {
				settings.add(arg);
			}
			else {
				paths.add(Path.of(arg));
			}
		}
		if (paths.isEmpty()) {
			this.err.println("Name at least one file or folder to import.");
			this.err.println(USAGE_TEXT);
			return USAGE;
		}
		for (Path path : paths) {
			if (!Files.exists(path)) {
				this.err.println("No such file or folder: " + path.toAbsolutePath());
				return USAGE;
			}
			if (!Files.isReadable(path)) {
				this.err.println("Cannot read " + path.toAbsolutePath());
				return USAGE;
			}
		}
		// The start-up folders are the portal's business; what an interrupted import left
		// is still finished first, by the same start-up step.
		settings.add("--archive.ingest.folders=");
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(NewsArchiveApplication.class).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.properties(Map.of("logging.level.root", "WARN",
						// Why it failed is said once, in a sentence, below.
						"logging.level.org.springframework.boot.SpringApplication", "OFF"))
				.run(settings.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			this.err.println(whyItCouldNotStart(ex));
			return FAILED;
		}
		try (context) {
			return importPaths(context.getBean(ImportService.class), paths);
		}
		catch (RuntimeException ex) {
			this.err.println("The import stopped: " + ex.getMessage());
			return FAILED;
		}
	}

	private int importPaths(ImportService imports, List<Path> paths) {
		FileTree tree = new FileTree(paths);
		ProgressLine progress = new ProgressLine(tree.count(), this.out, this.terminal);
		AtomicReference<ImportTally> tally = new AtomicReference<>(ImportTally.NONE);
		imports.importFiles("cli:" + String.join(" ", paths.stream().map(Path::toString).toList()), tree.files(),
				(result) -> progress.show(tally.updateAndGet((done) -> done.plus(result))));
		progress.close();
		this.out.println(ProgressLine.summary(tally.get(), progress.elapsedNanos()));
		return DONE;
	}

	private static String whyItCouldNotStart(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataFolderInUseException) {
				return "The import did not run: " + cause.getMessage();
			}
			if (cause.getClass().getName().equals("org.apache.lucene.store.LockObtainFailedException")) {
				return "The import did not run: another archive process is using the search index ("
						+ cause.getMessage() + "). Stop it first.";
			}
		}
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return "The import could not start: " + root.getMessage();
	}

}
