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
	private static final String READING_RESIDUE = PinyinReadings.SYLLABLE + "\\)";

	/**
	 * A damaged spot starts at a {@code ?} that no writer puts there: one followed by
	 * reading residue, or {@code ?!} run straight into a character (a sentence ending
	 * {@code ?!} is followed by a quote, space or line end). A lone {@code ?} between Han
	 * characters is a half-width question mark, as in the title {@code 針對中俄?日媒…}, and is
	 * left alone. The spot then takes in every further {@code ?} no more than three
	 * characters on, without whitespace, so that one damaged place counts once.
	 */
	private static final Pattern SPOT = Pattern
		.compile("\\?(?:!(?=[\\p{IsHan}?])|" + READING_RESIDUE + ")(?:[^\\s?]{0,3}\\?(?:" + READING_RESIDUE + ")?)*");

	private static final Pattern RESIDUE_AFTER_MARK = Pattern.compile("(?<=\\?)" + READING_RESIDUE);

	private Mojibake() {
	}

	/**
	 * Counts the damaged spots and drops the reading residue inside them. Run it after
	 * {@link PinyinReadings#remove}, so that whole readings are gone and only residue is
	 * left to recognise.
	 */
	static Cleaned clean(String text) {
		var matcher = SPOT.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		int spots = 0;
		while (matcher.find()) {
			String spot = RESIDUE_AFTER_MARK.matcher(matcher.group()).replaceAll("");
			matcher.appendReplacement(out, Matcher.quoteReplacement(spot));
			spots++;
		}
		matcher.appendTail(out);
		return new Cleaned(out.toString(), spots);
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
