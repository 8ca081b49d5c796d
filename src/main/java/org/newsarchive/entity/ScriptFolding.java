package org.newsarchive.entity;

/**
 * The archive's script-folding table for other modules: text in traditional script (and
 * the Japanese forms names take) folded to simplified, one character for one, so that an
 * offset in the folded text is an offset in the original.
 */
public final class ScriptFolding {

	private static final ScriptFolder FOLDER = new ScriptFolder();

	private ScriptFolding() {
	}

	public static String simplified(String text) {
		return FOLDER.fold(text);
	}

}
