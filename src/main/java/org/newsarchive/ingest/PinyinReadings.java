package org.newsarchive.ingest;

import java.util.regex.Pattern;

/**
 * Pinyin readings that a converter wrote after characters, as in {@code 設(shè)立}. They
 * are annotations, not article text, and would break every search for the word they
 * split.
 */
final class PinyinReadings {

	/**
	 * One syllable of lowercase pinyin with a tone mark in ASCII parentheses. The tone
	 * mark is what tells a reading from real parenthesised text such as {@code (ITPP)},
	 * {@code (AP4)} or {@code (左)}. The preceding character is not checked: in damaged
	 * text the reading can follow mojibake ({@code 缱^(guò)}). Possessive, since a tone
	 * mark never is one of the letters around it: a long run of letters is read once.
	 */
	static final String SYLLABLE = "[a-zü]*+[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*+";

	private static final Pattern READING = Pattern.compile("\\((" + SYLLABLE + ")\\)");

	private PinyinReadings() {
	}

	static Removed remove(String text) {
		var matcher = READING.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		int removed = 0;
		while (matcher.find()) {
			matcher.appendReplacement(out, "");
			removed++;
		}
		matcher.appendTail(out);
		return new Removed(out.toString(), removed);
	}

	/**
	 * The text without readings.
	 *
	 * @param text the cleaned text
	 * @param removed how many readings were taken out
	 */
	record Removed(String text, int removed) {

	}

}
