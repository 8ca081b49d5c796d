package org.newsarchive.search;

import java.util.function.Function;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML safe to put into a page: the text escaped, matches
 * in {@code <mark>}, passages joined by an ellipsis. Offsets come from the index, so the
 * text is the original, in the script the article was written in.
 */
final class MarkPassageFormatter extends PassageFormatter {

	private static final String ELLIPSIS = " … ";

	@Override
	public String format(Passage[] passages, String content) {
		StringBuilder html = new StringBuilder();
		for (Passage passage : passages) {
			if (!html.isEmpty()) {
				html.append(ELLIPSIS);
			}
			html.append(format(passage, content).strip());
		}
		return html.toString();
	}

	/**
	 * One passage; it may start or end with the line break that separates paragraphs.
	 * Matches that overlap or touch (a phrase and one of its words, the overlapping
	 * bigrams of a Chinese phrase) are marked as one.
	 */
	private static String format(Passage passage, String content) {
		StringBuilder html = new StringBuilder();
		int position = passage.getStartOffset();
		int markStart = -1;
		int markEnd = -1;
		for (int i = 0; i < passage.getNumMatches(); i++) {
			int start = passage.getMatchStarts()[i];
			int end = passage.getMatchEnds()[i];
			if (markStart >= 0 && start <= markEnd) {
				markEnd = Math.max(markEnd, end);
				continue;
			}
			if (markStart >= 0) {
				position = mark(html, content, position, markStart, markEnd);
			}
			markStart = Math.max(start, position);
			markEnd = end;
		}
		if (markStart >= 0) {
			position = mark(html, content, position, markStart, markEnd);
		}
		html.append(escape(content.substring(position, passage.getEndOffset())));
		return html.toString();
	}

	/** Appends the text up to a match and the match marked; returns the match's end. */
	private static int mark(StringBuilder html, String content, int position, int start, int end) {
		if (end <= start) {
			return position;
		}
		html.append(escape(content.substring(position, start)));
		html.append("<mark>").append(escape(content.substring(start, end))).append("</mark>");
		return end;
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** Characters of the lede or body shown when there is no match to show. */
	private static final int OPENING_LENGTH = 160;

	/**
	 * The beginning of the lede, or of the body, escaped, for a hit with no match to
	 * show.
	 * @param text a snippet source field's text, or null where the article has none
	 */
	static String opening(Function<String, String> text) {
		for (String field : SearchFields.SNIPPET_SOURCES) {
			String value = text.apply(field);
			if (value != null && !value.isBlank()) {
				String line = value.strip().lines().findFirst().orElse("");
				if (line.codePointCount(0, line.length()) > OPENING_LENGTH) {
					line = line.substring(0, line.offsetByCodePoints(0, OPENING_LENGTH)) + "…";
				}
				return escape(line);
			}
		}
		return "";
	}

}
