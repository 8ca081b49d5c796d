package org.newsarchive.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads glossed names: a Chinese name followed by the person's Latin name in parentheses,
 * {@code 奈吉（Stephen Nagy）}. The closing parenthesis may be missing. Conservative: the
 * Latin part must look like a personal name of two to four capitalised words (so
 * {@code （NATO）}, {@code （The China Project）} and {@code （zero- day attack）} teach
 * nothing), and the Chinese part must be a name after a title or one HanLP tags as a
 * person.
 */
final class GlossReader {

	/**
	 * The Chinese run before the parenthesis is read at most {@value #LONGEST_RUN} long
	 * and never given back: a name ends it, and a run of any length tried from every one
	 * of its characters would cost its length squared (a 40,000-character paragraph
	 * without a parenthesis took minutes).
	 */
	private static final int LONGEST_RUN = 24;

	private static final Pattern GLOSS = Pattern.compile("([\\p{IsHan}][\\p{IsHan}·・\\-－]{0," + LONGEST_RUN
			+ "}+)\\s*[（(]\\s*(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+[\\p{L}'’.\\-]+){1,4})");

	private static final Set<String> PARTICLES = Set.of("von", "der", "van", "de", "da", "del", "bin", "al", "le", "la",
			"du", "dos", "den", "ter");

	private final ChineseNames names;

	GlossReader(ChineseNames names) {
		this.names = names;
	}

	List<Gloss> read(String folded) {
		List<Gloss> glosses = new ArrayList<>();
		if (folded.indexOf('（') < 0 && folded.indexOf('(') < 0) {
			// no gloss without a parenthesis: no need to try the pattern from every
			// character
			return glosses;
		}
		Matcher matcher = GLOSS.matcher(folded);
		while (matcher.find()) {
			String latin = personalName(matcher.group(2));
			String chinese = (latin != null) ? this.names.nameEndingRun(matcher.group(1)) : null;
			if (latin != null && chinese != null) {
				glosses.add(new Gloss(chinese, latin));
			}
		}
		return glosses;
	}

	/**
	 * The personal name a parenthesis starts with, or null if it does not look like one.
	 */
	static String personalName(String latin) {
		String[] words = latin.strip().split("\\s+");
		int end = words.length;
		while (end > 0 && !capitalised(words[end - 1])) {
			end--;
		}
		if (end < 2 || end > 4) {
			return null;
		}
		for (int i = 0; i < end; i++) {
			String word = words[i];
			boolean ok = capitalised(word) ? !Titles.ENGLISH_ORGANISATION_WORDS.contains(word)
					&& !Titles.ENGLISH_NOT_NAMES.contains(word) && !Titles.ENGLISH.contains(word)
					: PARTICLES.contains(word) && i > 0;
			if (!ok) {
				return null;
			}
		}
		return String.join(" ", Arrays.copyOf(words, end));
	}

	/**
	 * Capitalised like a name: an upper-case letter, then lower-case ones (not an
	 * acronym).
	 */
	private static boolean capitalised(String word) {
		return word.length() > 1 && Character.isUpperCase(word.charAt(0))
				&& word.chars().skip(1).anyMatch(Character::isLowerCase) && word.chars().noneMatch(Character::isDigit);
	}

	/**
	 * A Chinese name and the Latin name it was glossed with.
	 *
	 * @param chinese the Chinese name, folded to simplified script
	 * @param latin the Latin name
	 */
	record Gloss(String chinese, String latin) {

	}

}
