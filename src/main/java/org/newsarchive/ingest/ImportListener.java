package org.newsarchive.ingest;

/**
 * Follows an import file by file, and may stop it between two files: the file under way
 * is always finished, so that nothing is half stored.
 */
@FunctionalInterface
public interface ImportListener {

	/** Called once a file's result is recorded. */
	void fileDone(ImportResult result);

	/** Asked before each file; true ends the run there. */
	default boolean cancelled() {
		return false;
	}

}
