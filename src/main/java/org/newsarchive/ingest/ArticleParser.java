package org.newsarchive.ingest;

import org.newsarchive.article.ParsedArticle;

/** Reads a format that holds one article per file, the whole file. */
interface ArticleParser extends FormatParser {

	/**
	 * Reads the article.
	 * @throws UnreadableFileException with a reason a person can act on, where the text
	 * is in this format but broken (truncated markup, no title …)
	 */
	ParsedArticle parse(String text);

	@Override
	default ReadFile read(String text) {
		return ReadFile.of(ReadEntry.whole(parse(text)));
	}

}
