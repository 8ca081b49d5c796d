package org.newsarchive.ingest;

import org.newsarchive.text.ChineseScript;

/**
 * The language of a text no outlet vouches for, as far as its characters tell: Chinese in
 * simplified or traditional script where its letters are mostly Han, else unknown.
 */
final class ObservedLanguage {

	private static final int SAMPLE = 2_000;

	private ObservedLanguage() {
	}

	/**
	 * {@code zh-Hant} where more of the text's Han characters exist only in traditional
	 * script than only in simplified, {@code zh-Hans} for other Chinese text, {@code und}
	 * where most letters are not Han.
	 */
	static String of(String text) {
		int han = 0;
		int letters = 0;
		int traditionalOnly = 0;
		int simplifiedOnly = 0;
		for (int i = 0; i < text.length() && han < SAMPLE;) {
			int codePoint = text.codePointAt(i);
			if (Character.isLetter(codePoint)) {
				letters++;
				if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
					han++;
					// One character at a time: ICU's transform of the whole sample,
					// twice, was a fifth of reading an article.
					traditionalOnly += (ChineseScript.simplified(codePoint) != codePoint) ? 1 : 0;
					simplifiedOnly += (ChineseScript.traditional(codePoint) != codePoint) ? 1 : 0;
				}
			}
			i += Character.charCount(codePoint);
		}
		if (han == 0 || han * 2 < letters) {
			return "und";
		}
		return (traditionalOnly > simplifiedOnly) ? "zh-Hant" : "zh-Hans";
	}

}
