package org.newsarchive.ingest;

import java.util.List;
import java.util.Objects;

import org.newsarchive.article.ParsedArticle;

/** The archive's parsers for tests and benchmarks of other modules. */
public final class ParsedFiles {

	private static final Parsers PARSERS = new Parsers();

	private ParsedFiles() {
	}

	/** The articles a file's text holds, as the import would read them. */
	public static List<ParsedArticle> parse(String text) {
		return PARSERS.parse(text).entries().stream().map(ReadEntry::article).filter(Objects::nonNull).toList();
	}

}
