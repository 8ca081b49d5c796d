package org.newsarchive.ingest;

/** A file that cannot become an article, with the reason in plain words. */
public class UnreadableFileException extends RuntimeException {

	public UnreadableFileException(String reason) {
		super(reason);
	}

}
