package org.newsarchive.entity;

import java.util.Locale;

/**
 * The one way a name is folded for lookup: simplified script, lower case, single spaces.
 */
final class EntityNames {

	private static final ScriptFolder FOLDER = new ScriptFolder();

	private EntityNames() {
	}

	static String fold(String name) {
		return FOLDER.fold(name.strip().replaceAll("\\s+", " ")).toLowerCase(Locale.ROOT);
	}

}
