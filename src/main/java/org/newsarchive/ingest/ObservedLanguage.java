package org.newsarchive.ingest;

import com.ibm.icu.text.Transliterator;

/**
 * The language of a text no outlet vouches for, as far as its characters tell: Chinese in
 * simplified or traditional script where its letters are mostly Han, else unknown.
 */
final class ObservedLanguage {

	private static final int SAMPLE = 2_000;

	private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Hant-Hans");

	private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Hans-Hant");

	private ObservedLanguage() {
	}

	/**
	 * {@code zh-Hant} where more of the text's Han characters exist only in traditional
	 * script than only in simplified, {@code zh-Hans} for other Chinese text, {@code und}
	 * where most letters are not Han.
	 */
	static String of(String text) {
		StringBuilder han = new StringBuilder();
		int letters = 0;
		for (int i = 0; i < text.length() && han.length() < SAMPLE;) {
			int codePoint = text.codePointAt(i);
			if (Character.isLetter(codePoint)) {
				letters++;
				if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
					han.appendCodePoint(codePoint);
				}
			}
			i += Character.charCount(codePoint);
		}
		if (han.isEmpty() || han.length() * 2 < letters) {
			return "und";
		}
		String sample = han.toString();
		return (differences(sample, simplified(sample)) > differences(sample, traditional(sample))) ? "zh-Hant"
				: "zh-Hans";
	}

	// ICU's transliterators are not documented as safe for concurrent use.
	private static synchronized String simplified(String text) {
		return TO_SIMPLIFIED.transliterate(text);
	}

	private static synchronized String traditional(String text) {
		return TO_TRADITIONAL.transliterate(text);
	}

	private static int differences(String a, String b) {
		int count = 0;
		for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
			if (a.charAt(i) != b.charAt(i)) {
				count++;
			}
		}
		return count + Math.abs(a.length() - b.length());
	}

}
