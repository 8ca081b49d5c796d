package org.newsarchive.ingest;

import java.util.List;

import org.newsarchive.article.ParsedArticle;

import org.springframework.stereotype.Component;

/** Decodes a file and hands it to the first parser that recognises its format. */
@Component
class Formats {

	private static final int HINT_LENGTH = 60;

	private final TextDecoder decoder = new TextDecoder();

	private final List<ArticleParser> parsers;

	Formats(List<ArticleParser> parsers) {
		this.parsers = List.copyOf(parsers);
	}

	DecodedText decode(byte[] content) {
		return this.decoder.decode(content);
	}

	ParsedArticle parse(String text) {
		return this.parsers.stream()
			.filter((parser) -> parser.recognises(text))
			.findFirst()
			.orElseThrow(() -> new UnreadableFileException("The text is in no known format (it begins \""
					+ opening(text) + "\"). Known formats: " + names() + "."))
			.parse(text);
	}

	private String names() {
		return String.join(", ", this.parsers.stream().map(ArticleParser::name).toList());
	}

	private static String opening(String text) {
		String start = text.strip().replaceAll("\\s+", " ");
		return (start.length() > HINT_LENGTH) ? start.substring(0, HINT_LENGTH) + "…" : start;
	}

}
