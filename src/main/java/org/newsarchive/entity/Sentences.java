package org.newsarchive.entity;

/**
 * Finds the sentence around an offset, in Chinese or English punctuation.
 */
final class Sentences {

	private static final String ENDS = "。！？!?；;\n";

	private Sentences() {
	}

	static String around(String text, int at) {
		int start = at;
		while (start > 0 && !endsSentence(text, start - 1)) {
			start--;
		}
		int end = at;
		while (end < text.length() && !endsSentence(text, end)) {
			end++;
		}
		if (end < text.length() && text.charAt(end) != '\n') {
			end++;
		}
		while (end < text.length() && "”’\"）)".indexOf(text.charAt(end)) >= 0) {
			end++;
		}
		return text.substring(start, end).strip();
	}

	private static boolean endsSentence(String text, int i) {
		char c = text.charAt(i);
		if (ENDS.indexOf(c) >= 0) {
			return true;
		}
		return c == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ');
	}

}
