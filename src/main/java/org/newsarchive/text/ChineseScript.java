package org.newsarchive.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * The one folding of Chinese text to simplified script, so that {@code 北約} and
 * {@code 北约}, {@code 毛寧} and {@code 毛宁} compare, index and highlight alike wherever they
 * are compared: in search analysis (both engines), in people's names and in marked
 * article text. A single table keeps them from disagreeing, as four copies once did.
 * <p>
 * The table is ICU's Traditional-Simplified transform applied to each Han character alone
 * (its few multi-character phrase rules are given up: a fold must not depend on
 * neighbours for offsets to stay simple), plus Japanese shinjitai that ICU leaves alone
 * but that name the same people as their Chinese forms ({@code 小沢} = {@code 小泽}).
 * <p>
 * For the basic plane, where all but a few rare Han characters are, the table is read
 * from {@code simplified.txt}, written from the same transform by
 * {@code SimplifiedTableWriter} (in the tests, which check it against ICU): folding the
 * text of every article indexed or named one character at a time through ICU cost a tenth
 * of an import.
 */
public final class ChineseScript {

	/** Japanese shinjitai that ICU's Traditional-Simplified leaves alone. */
	private static final Map<Integer, Integer> JAPANESE = Map.ofEntries(entry('聡', '聪'), entry('沢', '泽'),
			entry('浜', '滨'), entry('桜', '樱'), entry('辺', '边'), entry('斎', '斋'), entry('広', '广'), entry('県', '县'),
			entry('恵', '惠'), entry('亜', '亚'), entry('栄', '荣'), entry('関', '关'), entry('竜', '龙'));

	private ChineseScript() {
	}

	/** A Transliterator is not safe to share between threads. */
	private static final ThreadLocal<Transliterator> TO_SIMPLIFIED = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

	/**
	 * Folds of characters beyond the basic plane worked out so far: the transform is
	 * slow, and they are rare.
	 */
	private static final Map<Integer, Integer> SEEN = new ConcurrentHashMap<>();

	/** The simplified form of a character, or the character itself. */
	public static int simplified(int codePoint) {
		if (codePoint < BasicPlane.SIMPLIFIED.length) {
			return BasicPlane.SIMPLIFIED[codePoint];
		}
		if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN) {
			return codePoint;
		}
		return SEEN.computeIfAbsent(codePoint, ChineseScript::fold);
	}

	/** Traditional forms of characters alone worked out so far. */
	private static final Map<Integer, Integer> TRADITIONAL = new ConcurrentHashMap<>();

	/** A Transliterator is not safe to share between threads. */
	private static final ThreadLocal<Transliterator> TO_TRADITIONAL = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Simplified-Traditional"));

	/**
	 * The traditional form of a character alone, or the character itself: whether a
	 * character has one tells a text's script, whereas to show a text in traditional
	 * script {@link #traditional(String)} reads its phrases.
	 */
	public static int traditional(int codePoint) {
		if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN) {
			return codePoint;
		}
		return TRADITIONAL.computeIfAbsent(codePoint, (han) -> {
			String traditional = TO_TRADITIONAL.get().transliterate(Character.toString(han));
			return (traditional.codePointCount(0, traditional.length()) == 1) ? traditional.codePointAt(0) : han;
		});
	}

	/** The text in simplified script, character by character. */
	public static String simplified(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		text.codePoints().forEach((codePoint) -> folded.appendCodePoint(simplified(codePoint)));
		return folded.toString();
	}

	/**
	 * The text in simplified script with its length kept, so that a position in the
	 * result is a position in the text: the rare fold that would change the length (a
	 * character whose simplified form lies outside the basic plane) is left out.
	 */
	public static String simplifiedInPlace(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		text.codePoints().forEach((codePoint) -> {
			int simplified = simplified(codePoint);
			folded.appendCodePoint(
					(Character.charCount(simplified) == Character.charCount(codePoint)) ? simplified : codePoint);
		});
		return folded.toString();
	}

	/** Whether the text has a character that folds, that is, any traditional script. */
	public static boolean hasTraditional(String text) {
		return text.codePoints().anyMatch((codePoint) -> simplified(codePoint) != codePoint);
	}

	/** Every character that folds and what it folds to, in code point order. */
	public static Map<Integer, Integer> folds() {
		return Table.FOLDS;
	}

	/**
	 * The text in traditional script, for showing a name or suggesting a search in the
	 * other script; nothing is compared in this direction.
	 */
	public static String traditional(String simplified) {
		// One transform per thread: getInstance builds its rules again each time, which
		// cost a tenth of recognising an article's people (one call per name).
		return TO_TRADITIONAL.get().transliterate(simplified);
	}

	/** What ICU's transform (or the shinjitai) makes of a Han character alone. */
	static int fold(int codePoint) {
		Integer japanese = JAPANESE.get(codePoint);
		if (japanese != null) {
			return japanese;
		}
		String simplified = TO_SIMPLIFIED.get().transliterate(Character.toString(codePoint));
		return (simplified.codePointCount(0, simplified.length()) == 1) ? simplified.codePointAt(0) : codePoint;
	}

	private static Map.Entry<Integer, Integer> entry(char from, char to) {
		return Map.entry((int) from, (int) to);
	}

	/**
	 * The basic plane's folds, every character its own where the table names none: 256
	 * KB, read in a few milliseconds on first use.
	 */
	private static final class BasicPlane {

		static final String RESOURCE = "simplified.txt";

		static final int[] SIMPLIFIED = read();

		private static int[] read() {
			int[] simplified = new int[Character.MIN_SUPPLEMENTARY_CODE_POINT];
			for (int codePoint = 0; codePoint < simplified.length; codePoint++) {
				simplified[codePoint] = codePoint;
			}
			try (InputStream in = ChineseScript.class.getResourceAsStream(RESOURCE);
					BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					simplified[line.codePointAt(0)] = line.codePointAt(line.offsetByCodePoints(0, 1));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("the folding table " + RESOURCE + " is part of the application", ex);
			}
			return simplified;
		}

	}

	/**
	 * Built on first use, from the same fold: it takes ICU seconds to fold every Han
	 * character, which only an engine that needs the table as such waits for.
	 */
	private static final class Table {

		static final Map<Integer, Integer> FOLDS = build();

		private static Map<Integer, Integer> build() {
			Map<Integer, Integer> folds = new TreeMap<>();
			for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
				int simplified = simplified(codePoint);
				if (simplified != codePoint) {
					folds.put(codePoint, simplified);
				}
			}
			return Collections.unmodifiableMap(folds);
		}

	}

}
