package org.newsarchive.article;

import java.time.Instant;
import java.util.List;

/**
 * Where a source's articles came from: the formats that were read, and the kept files
 * (pages, dumps, feeds, web archives) that held them.
 *
 * @param formats each parser with how many of the source's articles it read, most first
 * @param files how many kept files hold the source's articles
 * @param firstReceived when the first of them arrived, or null where there is none
 * @param lastReceived when the latest of them arrived, or null
 * @param latestFiles the latest files, newest first
 */
public record SourceProvenance(List<Format> formats, long files, Instant firstReceived, Instant lastReceived,
		List<File> latestFiles) {

	/** A parser and how many of the source's articles it read. */
	public interface Format {

		String getName();

		long getArticles();

	}

	/** A kept file and how many of the source's articles it holds. */
	public interface File {

		long getRawDocumentId();

		String getFileName();

		Instant getReceivedAt();

		long getArticles();

	}

	/** A file as read with the figures of all the source's files. */
	interface HeldFile extends File {

		long getFiles();

		Instant getFirstReceived();

		Instant getLastReceived();

	}

}
