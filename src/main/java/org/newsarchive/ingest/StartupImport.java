package org.newsarchive.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Imports the configured folders when the application starts. Files stored before come
 * back UNCHANGED, so a restart never duplicates anything.
 */
@Component
class StartupImport implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(StartupImport.class);

	private final ImportService imports;

	private final IngestProperties properties;

	private final StartupImportProgress progress;

	StartupImport(ImportService imports, IngestProperties properties, StartupImportProgress progress) {
		this.imports = imports;
		this.properties = properties;
		this.progress = progress;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.imports.recoverInterrupted();
		for (Path folder : this.properties.folders()) {
			if (!Files.isDirectory(folder)) {
				logger.warn("Import folder {} does not exist; skipped", folder.toAbsolutePath());
				continue;
			}
			long started = System.nanoTime();
			List<IncomingFile> files = readFiles(folder);
			this.progress.started(folder.toString(), files.size());
			try {
				List<ImportResult> results = this.imports.importFiles("startup:" + folder, files,
						this.progress::fileDone);
				logger.info("Imported {} in {} ms: {}", folder, (System.nanoTime() - started) / 1_000_000,
						summary(results));
			}
			finally {
				this.progress.finished();
			}
		}
	}

	static List<IncomingFile> readFiles(Path folder) {
		try (Stream<Path> paths = Files.list(folder)) {
			List<IncomingFile> files = new ArrayList<>();
			for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
				files.add(new IncomingFile(path.getFileName().toString(), Files.readAllBytes(path)));
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the import folder " + folder, ex);
		}
	}

	private static String summary(List<ImportResult> results) {
		return results.stream()
			.collect(Collectors.groupingBy(ImportResult::status, TreeMap::new, Collectors.counting()))
			.toString();
	}

}
