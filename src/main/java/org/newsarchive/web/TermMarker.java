package org.newsarchive.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

import org.springframework.web.util.HtmlUtils;

/**
 * Marks the words a reader searched for in an article's text, in whichever script the
 * text uses: arriving from a search for 北约, a traditional-script article shows
 * {@code <mark>北約</mark>}. Everything else is escaped, so the result is safe to insert as
 * HTML.
 */
final class TermMarker {

	private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

	/** Folded characters; ICU transliterators are not safe to share between threads. */
	private static final Map<Character, Character> SIMPLIFIED = new ConcurrentHashMap<>();

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
	 * Simplified script and lower case, character by character so that positions in the
	 * folded text are positions in the original.
	 */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			folded.append(Character.toLowerCase(SIMPLIFIED.computeIfAbsent(text.charAt(i), TermMarker::simplified)));
		}
		return folded.toString();
	}

	private static Character simplified(Character c) {
		if (Character.isSurrogate(c)) {
			return c;
		}
		String simplified;
		synchronized (TO_SIMPLIFIED) {
			simplified = TO_SIMPLIFIED.transliterate(String.valueOf(c));
		}
		return (simplified.length() == 1) ? simplified.charAt(0) : c;
	}

}
