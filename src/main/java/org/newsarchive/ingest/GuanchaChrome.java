package org.newsarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a Guancha article ends. The copyright line closes the body; after it come the
 * editor line, other headlines with their times, recommendations and comment counts,
 * which must never be read as the article's words.
 */
final class GuanchaChrome {

	/** {@code 本文系觀察者網獨家稿件,未經授權,不得轉載。}, in either script. */
	static final Pattern COPYRIGHT = Pattern.compile("^本文系(觀察者網|观察者网).*");

	/**
	 * {@code - 責任編輯: 楊蓉}, in either script; the page pads the name with a no-break space.
	 * Possessive: the name takes every character up to a space (padding included, which
	 * normalising removes) and never gives one back. Given back one at a time, a long run
	 * of no-break spaces that does not end the line was tried as padding from every
	 * position, in time quadratic in its length.
	 */
	static final Pattern EDITOR = Pattern.compile("^-?\\s*+(責任編輯|责任编辑)[:：]\\s*+(\\S++)[\\s\\u00A0]*+$");

	private GuanchaChrome() {
	}

	/**
	 * The lines before the footer: before the copyright line, or where a copy has none,
	 * before the editor line.
	 * @throws UnreadableFileException where neither is found, since the body's end cannot
	 * then be told from the page around it
	 */
	static List<String> cut(List<String> lines) {
		for (Pattern footer : List.of(COPYRIGHT, EDITOR)) {
			for (int i = 0; i < lines.size(); i++) {
				if (footer.matcher(lines.get(i).strip()).matches()) {
					return lines.subList(0, i);
				}
			}
		}
		throw new UnreadableFileException("the Guancha article has no copyright or editor line where its text ends");
	}

}
