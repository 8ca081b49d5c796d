package org.newsarchive.search;

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

	/** One passage; it may start or end with the line break that separates paragraphs. */
	private static String format(Passage passage, String content) {
		StringBuilder html = new StringBuilder();
		int position = passage.getStartOffset();
		for (int i = 0; i < passage.getNumMatches(); i++) {
			// Matches can overlap (a phrase and one of its words): mark each character
			// once.
			int from = Math.max(passage.getMatchStarts()[i], position);
			int end = passage.getMatchEnds()[i];
			if (end > from) {
				html.append(escape(content.substring(position, from)));
				html.append("<mark>").append(escape(content.substring(from, end))).append("</mark>");
				position = end;
			}
		}
		html.append(escape(content.substring(position, passage.getEndOffset())));
		return html.toString();
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

}
