package org.newsarchive.ingest;

import org.newsarchive.article.ParsedArticle;
import org.newsarchive.source.ObservedSource;

/**
 * One article read from a file, or the reason one place of the file could not be read.
 *
 * @param entry the article's place in its file (an item index, a digest's item number),
 * or null where the article is the whole file
 * @param article the article, or null where this entry was rejected
 * @param source the outlet as the content names it, made a source at import where no one
 * registered it; null for formats of a known outlet
 * @param error why the entry was rejected, or null
 */
record ReadEntry(String entry, ParsedArticle article, ObservedSource source, String error) {

	static ReadEntry whole(ParsedArticle article) {
		return new ReadEntry(null, article, null, null);
	}

	static ReadEntry item(String entry, ParsedArticle article, ObservedSource source) {
		return new ReadEntry(entry, article, source, null);
	}

	static ReadEntry rejected(String entry, String reason) {
		return new ReadEntry(entry, null, null, reason);
	}

	/**
	 * This entry as an entry of a container: named by the inner file's path, and for a
	 * file of several articles by the path, {@code #} and its place in the file.
	 * @param path the inner file's path; empty for the one file of a gzip, which is that
	 * file
	 */
	ReadEntry within(String path) {
		if (path.isEmpty()) {
			return this;
		}
		return new ReadEntry((this.entry != null) ? path + "#" + this.entry : path, this.article, this.source,
				this.error);
	}

	ReadEntry withArticle(ParsedArticle bounded) {
		return new ReadEntry(this.entry, bounded, this.source, this.error);
	}

}
