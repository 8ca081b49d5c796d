package org.newsarchive.entity;

import org.newsarchive.text.ChineseScript;

/**
 * Folds Chinese text to simplified script so that one name in two scripts compares equal
 * ({@code 毛寧} = {@code 毛宁}), with the table search and highlighting use. Folding keeps
 * the text's length, so an offset in the folded text is an offset in the original.
 */
final class ScriptFolder {

	String fold(String text) {
		return ChineseScript.simplifiedInPlace(text);
	}

	String traditional(String simplified) {
		return ChineseScript.traditional(simplified);
	}

}
