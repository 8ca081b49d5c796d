package org.newsarchive.ingest;

import java.util.List;

/**
 * The known formats. Each parser decides from the content alone; the first that
 * recognises a text reads it.
 */
class Parsers {

	private static final int HINT_LENGTH = 60;

	private final List<FormatParser> parsers;

	Parsers() {
		this(known());
	}

	Parsers(List<FormatParser> parsers) {
		this.parsers = List.copyOf(parsers);
	}

	FormatParser recognise(String text) {
		return this.parsers.stream()
			.filter((parser) -> parser.recognises(text))
			.findFirst()
			.orElseThrow(() -> new UnreadableFileException(
					"not in any known format: the text starts \"" + hint(text) + "\""));
	}

	/** The articles in a text, in the file's order. */
	ReadFile parse(String text) {
		return recognise(text).read(text);
	}

	/**
	 * The articles in a decoded file, each within {@link ImportBounds}, with the
	 * decoding's warnings first.
	 */
	ReadFile read(TextDecoder.DecodedText decoded) {
		ReadFile read = parse(decoded.text());
		return new ReadFile(read.entries()
			.stream()
			.map((entry) -> (entry.article() != null)
					? entry.withArticle(ImportBounds.bound(entry.article(), decoded.warnings())) : entry)
			.toList(), read.notes());
	}

	/** Every format the archive reads, in the order they are tried. */
	static List<FormatParser> known() {
		return List.of(new RfiHtmlParser(), new BbcMarkdownParser(), new ChinaMilTextParser(), new GuanchaTextParser(),
				new DigestMarkdownParser(), new FeedParser(), new DocXmlParser(), new JsonDumpParser(),
				new WebPageParser());
	}

	private static String hint(String text) {
		String start = Whitespace.normalise(text);
		return (start.length() <= HINT_LENGTH) ? start : start.substring(0, HINT_LENGTH) + "…";
	}

}
