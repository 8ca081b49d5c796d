package org.newsarchive.ingest;

import org.newsarchive.article.ParsedArticle;

/**
 * One article read from a file, or the reason one place of the file could not be read.
 *
 * @param entry the article's place in its file (an item index, a digest's item number),
 * or null where the article is the whole file
 * @param article the article, or null where this entry was rejected
 * @param error why the entry was rejected, or null
 */
record ReadEntry(String entry, ParsedArticle article, String error) {

	static ReadEntry whole(ParsedArticle article) {
		return new ReadEntry(null, article, null);
	}

	static ReadEntry item(String entry, ParsedArticle article) {
		return new ReadEntry(entry, article, null);
	}

	static ReadEntry rejected(String entry, String reason) {
		return new ReadEntry(entry, null, reason);
	}

	ReadEntry withArticle(ParsedArticle bounded) {
		return new ReadEntry(this.entry, bounded, this.error);
	}

}
