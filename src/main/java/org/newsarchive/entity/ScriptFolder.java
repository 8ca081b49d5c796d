package org.newsarchive.entity;

import java.util.Map;

import com.ibm.icu.text.Transliterator;

/**
 * Folds Chinese text to simplified script so that one name in two scripts compares equal
 * ({@code 毛寧} = {@code 毛宁}). Folding keeps the text's length, so an offset in the folded
 * text is an offset in the original.
 */
final class ScriptFolder {

	/** Japanese shinjitai that ICU's Traditional-Simplified leaves alone. */
	private static final Map<Character, Character> JAPANESE = Map.ofEntries(Map.entry('聡', '聪'), Map.entry('沢', '泽'),
			Map.entry('浜', '滨'), Map.entry('桜', '樱'), Map.entry('辺', '边'), Map.entry('斎', '斋'), Map.entry('広', '广'),
			Map.entry('県', '县'), Map.entry('恵', '惠'), Map.entry('亜', '亚'), Map.entry('栄', '荣'), Map.entry('関', '关'),
			Map.entry('竜', '龙'));

	private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");

	private final Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");

	String fold(String text) {
		String folded = transliterate(this.toSimplified, text);
		if (folded.length() != text.length()) {
			folded = foldCharByChar(text);
		}
		StringBuilder result = new StringBuilder(folded);
		for (int i = 0; i < result.length(); i++) {
			Character simplified = JAPANESE.get(result.charAt(i));
			if (simplified != null) {
				result.setCharAt(i, simplified);
			}
		}
		return result.toString();
	}

	String traditional(String simplified) {
		return transliterate(this.toTraditional, simplified);
	}

	private String foldCharByChar(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			String one = transliterate(this.toSimplified, String.valueOf(text.charAt(i)));
			result.append((one.length() == 1) ? one : String.valueOf(text.charAt(i)));
		}
		return result.toString();
	}

	private static String transliterate(Transliterator transliterator, String text) {
		synchronized (transliterator) {
			return transliterator.transliterate(text);
		}
	}

}
