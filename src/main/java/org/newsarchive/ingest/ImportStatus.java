package org.newsarchive.ingest;

/** What became of one file. */
public enum ImportStatus {

	/** A new article. */
	CREATED,
	/**
	 * A newer copy of an article already stored; the older file is kept as an earlier
	 * version.
	 */
	UPDATED,
	/** These exact bytes were stored before. */
	UNCHANGED,
	/** Not an article; the file is kept with the reason. */
	REJECTED

}
