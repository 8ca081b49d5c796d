package org.newsarchive.entity;

/**
 * Reads the role an apposition gives a name: the title words right before it, as in
 * {@code 北约秘书长斯托尔滕贝格} ({@code 北约秘书长}) or {@code 日本首相岸田文雄} ({@code 日本首相}). The role runs
 * back to punctuation or to a verb, preposition or particle, and must end with a title.
 */
final class RoleReader {

	static final int MAX_LENGTH = 16;

	private RoleReader() {
	}

	/**
	 * The role before a name.
	 * @param folded the text in simplified script
	 * @param original the same text as written, same length
	 * @param nameStart where the name starts
	 * @return the role in the original script, or null where there is none
	 */
	static String roleBefore(String folded, String original, int nameStart) {
		if (Titles.chineseTitleEndingAt(folded, nameStart) == null) {
			return null;
		}
		int start = nameStart;
		while (start > 0 && ArticleText.Segment.isHan(folded.charAt(start - 1))) {
			start--;
		}
		if (start > 0 && Character.isDigit(folded.charAt(start - 1))) {
			if ("年月日号".indexOf(folded.charAt(start)) >= 0) {
				start++;
			}
			if (start < nameStart && "底初中末".indexOf(folded.charAt(start)) >= 0) {
				start++;
			}
		}
		String run = folded.substring(start, nameStart);
		int from = 0;
		for (String stop : Titles.ROLE_BREAKS) {
			int at = run.lastIndexOf(stop);
			if (at >= 0 && at + stop.length() > from && at + stop.length() < run.length()) {
				from = at + stop.length();
			}
		}
		if (run.length() - from > MAX_LENGTH) {
			from = run.length() - Titles.chineseTitleEndingAt(run, run.length()).length();
		}
		return original.substring(start + from, nameStart);
	}

}
