package org.newsarchive.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots where bytes were lost and the rest decoded as the wrong characters, as in
 * {@code 此舉將不僅是象征性的?!度战?亞洲》}. The lost text cannot be restored; the archive keeps what is
 * readable and says how many spots are damaged.
 */
final class Mojibake {

	/**
	 * The tail of a pinyin reading whose opening parenthesis was eaten by the damage, as
	 * in {@code 3日?qǐng)?bào)道}: an annotation left over, not text.
	 */
	private static final Pattern READING_RESIDUE = Pattern.compile(PinyinReadings.SYLLABLE + "\\)");

	/** How far apart two {@code ?} may be and still belong to one damaged spot. */
	private static final int SPOT_GAP = 3;

	private Mojibake() {
	}

	/**
	 * Counts the damaged spots and drops the reading residue inside them. Run it after
	 * {@link PinyinReadings#remove}, so that whole readings are gone and only residue is
	 * left to recognise.
	 * <p>
	 * A damaged spot starts at a {@code ?} that no writer puts there: one followed by
	 * reading residue, or {@code ?!} run straight into a character (a sentence ending
	 * {@code ?!} is followed by a quote, space or line end). A lone {@code ?} between Han
	 * characters is a half-width question mark, as in the title {@code 針對中俄?日媒…}, and is
	 * left alone. The spot then takes in every further {@code ?} no more than three
	 * characters on, without whitespace, so that one damaged place counts once. A loop
	 * rather than one repeated regular expression group, whose matching recurses once per
	 * {@code ?} and overflows the stack on a long run of them.
	 */
	static Cleaned clean(String text) {
		StringBuilder out = new StringBuilder(text.length());
		Matcher residue = READING_RESIDUE.matcher(text);
		int spots = 0;
		int copied = 0;
		for (int mark = text.indexOf('?'); mark >= 0; mark = text.indexOf('?', mark + 1)) {
			int afterMark = mark + 1;
			int residueEnd = residueEnd(residue, afterMark);
			boolean residueFollows = residueEnd > afterMark;
			boolean exclaimsIntoText = text.startsWith("!", afterMark) && afterMark + 1 < text.length()
					&& isHanOrMark(text.codePointAt(afterMark + 1));
			if (!residueFollows && !exclaimsIntoText) {
				continue;
			}
			spots++;
			out.append(text, copied, residueFollows ? afterMark : afterMark + 1);
			int end = residueFollows ? residueEnd : afterMark + 1;
			int next = nextMarkInSpot(text, end);
			while (next >= 0) {
				out.append(text, end, next + 1);
				end = residueEnd(residue, next + 1);
				next = nextMarkInSpot(text, end);
			}
			copied = end;
			mark = end - 1;
		}
		out.append(text, copied, text.length());
		return new Cleaned(out.toString(), spots);
	}

	/** Where reading residue starting at the index ends, or the index where none does. */
	private static int residueEnd(Matcher residue, int from) {
		residue.region(from, residue.regionEnd());
		return residue.lookingAt() ? residue.end() : from;
	}

	/**
	 * The next {@code ?} of the spot: at most {@link #SPOT_GAP} characters on, none of
	 * them whitespace; -1 where the spot ends.
	 */
	private static int nextMarkInSpot(String text, int from) {
		int i = from;
		for (int between = 0; i < text.length() && between <= SPOT_GAP; between++) {
			int codePoint = text.codePointAt(i);
			if (codePoint == '?') {
				return i;
			}
			if (isRegexWhitespace(codePoint)) {
				return -1;
			}
			i += Character.charCount(codePoint);
		}
		return -1;
	}

	private static boolean isHanOrMark(int codePoint) {
		return codePoint == '?' || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	/**
	 * What {@code \s} matches in a regular expression, so that spots end where they
	 * always did.
	 */
	private static boolean isRegexWhitespace(int c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	/**
	 * Text with the damage counted.
	 *
	 * @param text the readable text, damaged characters kept as they are
	 * @param damagedSpots how many damaged places the text has
	 */
	record Cleaned(String text, int damagedSpots) {

	}

}
