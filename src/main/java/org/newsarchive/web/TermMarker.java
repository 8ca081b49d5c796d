package org.newsarchive.web;

import java.util.Comparator;
import java.util.List;

import org.newsarchive.text.ChineseScript;

import org.springframework.web.util.HtmlUtils;

/**
 * Marks the words a reader searched for in an article's text, in whichever script the
 * text uses: arriving from a search for 北约, a traditional-script article shows
 * {@code <mark>北約</mark>}. Everything else is escaped, so the result is safe to insert as
 * HTML.
 */
final class TermMarker {

	private final List<String> terms;

	TermMarker(List<String> terms) {
		this.terms = terms.stream()
			.map(TermMarker::fold)
			.map(String::strip)
			.filter((term) -> !term.isBlank())
			.distinct()
			.sorted(Comparator.comparing(String::length).reversed())
			.toList();
	}

	/** The text, HTML-escaped, with every occurrence of a term in {@code <mark>}. */
	String mark(String text) {
		if (text == null) {
			return "";
		}
		if (this.terms.isEmpty()) {
			return HtmlUtils.htmlEscape(text);
		}
		String folded = fold(text);
		StringBuilder html = new StringBuilder();
		int plain = 0;
		int i = 0;
		while (i < folded.length()) {
			String found = termAt(folded, i);
			if (found == null) {
				i++;
				continue;
			}
			html.append(HtmlUtils.htmlEscape(text.substring(plain, i)))
				.append("<mark>")
				.append(HtmlUtils.htmlEscape(text.substring(i, i + found.length())))
				.append("</mark>");
			i += found.length();
			plain = i;
		}
		return html.append(HtmlUtils.htmlEscape(text.substring(plain))).toString();
	}

	private String termAt(String folded, int at) {
		return this.terms.stream().filter((term) -> folded.startsWith(term, at)).findFirst().orElse(null);
	}

	/**
	 * Simplified script, with the table search and names use, and lower case, character
	 * by character so that positions in the folded text are positions in the original.
	 */
	static String fold(String text) {
		String simplified = ChineseScript.simplifiedInPlace(text);
		StringBuilder folded = new StringBuilder(simplified.length());
		for (int i = 0; i < simplified.length(); i++) {
			folded.append(Character.toLowerCase(simplified.charAt(i)));
		}
		return folded.toString();
	}

}
