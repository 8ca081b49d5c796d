package org.newsarchive.ingest;

import org.newsarchive.article.ParsedArticle;

/**
 * Reads one outlet's format. Each parser says from the content alone whether it
 * recognises a file, so that the format never depends on a file name.
 */
interface ArticleParser {

	/** A short stable name, recorded with every article the parser reads. */
	String name();

	/** Whether the text is in this parser's format. Cheap: looks at the opening only. */
	boolean recognises(String text);

	/**
	 * Reads the article.
	 * @throws UnreadableFileException with a reason a person can act on, where the text
	 * is in this format but broken (truncated markup, no title …)
	 */
	ParsedArticle parse(String text);

}
