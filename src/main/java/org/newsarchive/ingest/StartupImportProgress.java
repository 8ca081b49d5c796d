package org.newsarchive.ingest;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * How far the start-up import is, so that pages served meanwhile can say that the archive
 * is still filling rather than show a partial archive without a word.
 */
@Component
public class StartupImportProgress {

	private volatile Snapshot current;

	/** The import running now, if any. */
	public Optional<Snapshot> current() {
		return Optional.ofNullable(this.current);
	}

	void started(String folder, long files) {
		this.current = new Snapshot(folder, 0, files);
	}

	void fileDone() {
		Snapshot snapshot = this.current;
		if (snapshot != null) {
			this.current = new Snapshot(snapshot.folder(), snapshot.done() + 1, snapshot.total());
		}
	}

	void finished() {
		this.current = null;
	}

	/**
	 * One folder being imported.
	 *
	 * @param folder the folder as configured
	 * @param done files read so far
	 * @param total files in the folder
	 */
	public record Snapshot(String folder, long done, long total) {

	}

}
