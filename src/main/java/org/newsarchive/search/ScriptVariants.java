package org.newsarchive.search;

import com.ibm.icu.text.Transliterator;

/** The same Chinese words in the other script, to suggest when a search finds nothing. */
final class ScriptVariants {

	private ScriptVariants() {
	}

	/**
	 * The text in traditional script where that changes it, else in simplified script
	 * where that does; null where neither changes it.
	 */
	static String other(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String traditional = transliterate("Simplified-Traditional", text);
		if (!traditional.equals(text)) {
			return traditional;
		}
		String simplified = transliterate("Traditional-Simplified", text);
		return simplified.equals(text) ? null : simplified;
	}

	/** Whether a text is in traditional script: it changes when made simplified. */
	static boolean isTraditional(String text) {
		return text != null && !transliterate("Traditional-Simplified", text).equals(text);
	}

	private static String transliterate(String id, String text) {
		// A Transliterator is not safe to share between threads, and getInstance caches
		// the rules, so a fresh instance per call is cheap enough for one query.
		return Transliterator.getInstance(id).transliterate(text);
	}

}
