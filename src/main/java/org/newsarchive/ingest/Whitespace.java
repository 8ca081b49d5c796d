package org.newsarchive.ingest;

import java.util.regex.Pattern;

/** Whitespace as readers see it: one space between words, none at the ends. */
final class Whitespace {

	// \s alone misses the ideographic space U+3000 and NBSP, which Chinese pages use for
	// indentation and padding.
	private static final Pattern RUN = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000\\uFEFF]+");

	private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r]");

	private Whitespace() {
	}

	/**
	 * Collapses every run of whitespace to one space and trims. A run that breaks the
	 * line between two CJK characters is dropped: Chinese is written without spaces, so a
	 * wrapped line there is layout, not a word boundary. A plain space between CJK
	 * characters stays, since titles use it as a separator.
	 */
	static String normalise(String text) {
		StringBuilder out = new StringBuilder(text.length());
		var matcher = RUN.matcher(text);
		int last = 0;
		while (matcher.find()) {
			out.append(text, last, matcher.start());
			boolean atEdge = matcher.start() == 0 || matcher.end() == text.length();
			boolean wrappedCjk = !atEdge && LINE_BREAK.matcher(matcher.group()).find()
					&& isCjk(text.codePointBefore(matcher.start())) && isCjk(text.codePointAt(matcher.end()));
			if (!atEdge && !wrappedCjk) {
				out.append(' ');
			}
			last = matcher.end();
		}
		out.append(text, last, text.length());
		return out.toString();
	}

	static boolean isCjk(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || isCjkPunctuation(codePoint);
	}

	private static boolean isCjkPunctuation(int codePoint) {
		return (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF)
				|| codePoint == '“' || codePoint == '”';
	}

}
