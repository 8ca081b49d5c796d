package org.newsarchive.search;

import org.newsarchive.text.ChineseScript;

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
		String traditional = ChineseScript.traditional(text);
		if (!traditional.equals(text)) {
			return traditional;
		}
		return ChineseScript.hasTraditional(text) ? ChineseScript.simplified(text) : null;
	}

	/** Whether a text is in traditional script: it changes when made simplified. */
	static boolean isTraditional(String text) {
		return text != null && ChineseScript.hasTraditional(text);
	}

}
