package org.newsarchive.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way a name is folded for lookup: simplified script, lower case, single spaces.
 */
final class EntityNames {

	private static final ScriptFolder FOLDER = new ScriptFolder();

	/** Compiled once: every name of every article the import stores is folded. */
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private EntityNames() {
	}

	static String fold(String name) {
		return FOLDER.fold(SPACES.matcher(name.strip()).replaceAll(" ")).toLowerCase(Locale.ROOT);
	}

}
