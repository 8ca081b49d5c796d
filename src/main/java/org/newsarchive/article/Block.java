package org.newsarchive.article;

/**
 * One piece of an article's text in reading order.
 *
 * @param kind what the block is
 * @param text its cleaned text (for an IMAGE block, empty)
 * @param language BCP 47 tag of the text ({@code zh-Hans}, {@code zh-Hant}, {@code en})
 * @param pair blocks with the same pair number are translations of each other and are
 * read side by side; null for a monolingual article
 * @param image for an IMAGE block, the index into {@link ParsedArticle#images()};
 * otherwise null
 */
public record Block(Kind kind, String text, String language, Integer pair, Integer image) {

	public static Block paragraph(String text, String language) {
		return new Block(Kind.PARAGRAPH, text, language, null, null);
	}

	public static Block heading(String text, String language) {
		return new Block(Kind.HEADING, text, language, null, null);
	}

	public static Block image(int index) {
		return new Block(Kind.IMAGE, "", null, null, index);
	}

	public enum Kind {

		PARAGRAPH, HEADING, IMAGE

	}

}
