package org.newsarchive.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

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
			FileTree files = new FileTree(List.of(folder));
			this.progress.started(folder.toString(), files.count());
			try {
				AtomicReference<ImportTally> tally = new AtomicReference<>(ImportTally.NONE);
				this.imports.importFiles("startup:" + folder, files.files(), (result) -> {
					tally.updateAndGet((done) -> done.plus(result));
					this.progress.fileDone();
				});
				logger.info("Imported {} in {} ms: {}", folder, (System.nanoTime() - started) / 1_000_000, tally.get());
			}
			finally {
				this.progress.finished();
			}
		}
	}

}
