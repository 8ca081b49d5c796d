package org.newsarchive.ingest;

import java.util.List;

import org.newsarchive.article.ParsedArticle;

/**
 * The known formats. Each parser decides from the content alone; the first that
 * recognises a text reads it.
 */
class Parsers {

	private static final int HINT_LENGTH = 60;

	private final List<ArticleParser> parsers;

	Parsers() {
		this(List.of(new RfiHtmlParser(), new BbcMarkdownParser(), new ChinaMilTextParser(), new GuanchaTextParser()));
	}

	Parsers(List<ArticleParser> parsers) {
		this.parsers = List.copyOf(parsers);
	}

	ArticleParser recognise(String text) {
		return this.parsers.stream()
			.filter((parser) -> parser.recognises(text))
			.findFirst()
			.orElseThrow(() -> new UnreadableFileException(
					"not in any known format: the text starts \"" + hint(text) + "\""));
	}

	ParsedArticle parse(String text) {
		return recognise(text).parse(text);
	}

	/**
	 * The article in a decoded file, within {@link ImportBounds}, with the decoding's
	 * warnings first.
	 */
	ParsedArticle read(TextDecoder.DecodedText decoded) {
		return ImportBounds.bound(parse(decoded.text()), decoded.warnings());
	}

	private static String hint(String text) {
		String start = Whitespace.normalise(text);
		return (start.length() <= HINT_LENGTH) ? start : start.substring(0, HINT_LENGTH) + "…";
	}

}
