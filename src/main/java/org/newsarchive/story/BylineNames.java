package org.newsarchive.story;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsarchive.entity.ScriptFolding;

/**
 * The names an article's bylines give: who reported, photographed, edited or wrote it
 * ({@code （陳郁仁／台北報導）}, {@code 【符芳碩、黃信維╱台北報導】}, {@code 記者曾吉松／攝影},
 * {@code 中新网南宁4月3日电(记者黄艳梅)}, {@code 澎湃新闻记者刁凡超实习生冯建悦}, {@code 林青弘／自由作家}). The entity
 * module rightly counts them as people, but for stories they say who wrote the article,
 * not whom the news is about: one reporter's two reports of one day share her name
 * whatever they report, and two outlets' reports of one event share none.
 */
final class BylineNames {

	/**
	 * Names of two or three characters, as a list joined by commas or as two names of two
	 * run together ({@code 胡健杨懿}); a desk before a name (突发中心刘人玮) is cut off later. A
	 * byline lists a few names: bounding the list keeps a long enumeration in an article
	 * from costing each of its names the rest of the list (and the regex engine's stack).
	 */
	private static final String NAMES = "(\\p{IsHan}{2,4}(?:[、，,]\\p{IsHan}{2,4}){0,5})";

	/** The longest list {@link #NAMES} reads: six names of four and five commas. */
	private static final int NAMES_LENGTH = 6 * 4 + 5;

	/**
	 * The most {@link #SLASHED} reads after a slash and its spaces: twelve characters of
	 * place and the longest role (研究员, 特派员).
	 */
	private static final int AFTER_SLASH = 12 + 3;

	/** Names, a slash, then where and how it was reported or who the writer is. */
	private static final Pattern SLASHED = Pattern
		.compile(NAMES + "\\s*[／/╱]\\s*\\p{IsHan}{0,12}?(?:报导|报道|摄影|撰稿|编译|整理|作家|教授|研究员|律师|医师|医生|主任|主笔|记者|特派员)");

	/**
	 * A role, then the names: {@code 记者黄艳梅}, {@code 责任编辑：张三}, {@code 图／李四}; the roles
	 * that are also common words (文, 图) only with a colon or slash.
	 */
	private static final Pattern ROLE = Pattern
		.compile("(?:(?:记者|实习生|通讯员|特派员)\\s*[：:／/╱]?" + "|(?:责任编辑|编辑|撰稿|撰文|摄影|编译|图|文)\\s*[：:／/╱])\\s*" + NAMES);

	/** The first characters of {@link #ROLE}'s roles. */
	private static final String ROLE_STARTS = "记实通特责编撰摄图文";

	/**
	 * The names a wire story's dateline gives: {@code 3月30日电(胡健杨懿)}, {@code 电（记者栗雅婷、宋瑞）}.
	 */
	private static final Pattern WIRE = Pattern.compile("日电\\s*[(（](?:记者)?" + NAMES + "[)）]");

	/** One run of characters of a list of names. */
	private static final Pattern RUN = Pattern.compile("\\p{IsHan}+");

	/** A name in brackets closing the text: {@code （陈炳宏）}. */
	private static final Pattern SIGNED = Pattern.compile("[(（]" + NAMES + "[)）]\\s*$");

	private final String folded;

	/** Where each name was found in a byline, by offset into the folded text. */
	private final Map<String, Set<Integer>> inBylines;

	private BylineNames(String folded, Map<String, Set<Integer>> inBylines) {
		this.folded = folded;
		this.inBylines = inBylines;
	}

	static BylineNames in(String text) {
		return inFolded(ScriptFolding.simplified(text));
	}

	/**
	 * @param folded text already folded to simplified script (as {@link Tokens} folds
	 * it): folding an article's text twice was a tenth of its features' time
	 */
	static BylineNames inFolded(String folded) {
		Map<String, Set<Integer>> inBylines = new HashMap<>();
		slashed(folded, (matcher) -> take(matcher, folded, inBylines));
		roles(folded, (matcher) -> take(matcher, folded, inBylines));
		Matcher wire = WIRE.matcher(folded);
		while (wire.find()) {
			take(wire, folded, inBylines);
		}
		Matcher signed = signed(folded);
		if (signed != null) {
			take(signed, folded, inBylines);
		}
		return new BylineNames(folded, inBylines);
	}

	/**
	 * Finds what {@link #SLASHED} finds in the whole text, in order, trying it only just
	 * before and after each slash: a slashed byline's names end at most
	 * {@value #NAMES_LENGTH} characters and some spaces before its slash, and its role
	 * ends at most {@value #AFTER_SLASH} characters and some spaces after it. Tried at
	 * every Han character of the text, the pattern was most of the bylines' cost, and
	 * most texts have no slash at all.
	 */
	private static void slashed(String folded, Consumer<Matcher> found) {
		Matcher matcher = SLASHED.matcher(folded);
		// No match starts before this: the end of the last one found.
		int from = 0;
		for (int slash = nextSlash(folded, 0); slash >= 0; slash = nextSlash(folded, Math.max(slash + 1, from))) {
			int start = slash;
			while (start > from && Character.isWhitespace(folded.charAt(start - 1))) {
				start--;
			}
			start = Math.max(from, start - NAMES_LENGTH);
			int end = slash + 1;
			while (end < folded.length() && Character.isWhitespace(folded.charAt(end))) {
				end++;
			}
			end = Math.min(folded.length(), end + AFTER_SLASH);
			// A match starting after the slash is another slash's, which may reach
			// beyond this region: it is looked for from that slash on.
			if (matcher.region(start, end).find() && matcher.start() < slash) {
				found.accept(matcher);
				from = matcher.end();
			}
		}
	}

	/**
	 * Finds what {@link #ROLE} finds in the whole text, in order, trying it only where a
	 * role's first character is: tried at every character, its dozen alternatives were
	 * the other half of the bylines' cost.
	 */
	private static void roles(String folded, Consumer<Matcher> found) {
		Matcher matcher = ROLE.matcher(folded);
		for (int at = 0; at < folded.length(); at++) {
			if (ROLE_STARTS.indexOf(folded.charAt(at)) >= 0 && matcher.region(at, folded.length()).lookingAt()) {
				found.accept(matcher);
				at = matcher.end() - 1;
			}
		}
	}

	private static int nextSlash(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '／' || c == '/' || c == '╱') {
				return i;
			}
		}
		return -1;
	}

	/**
	 * What {@link #SIGNED} finds, tried only where it can match: at the end, whose last
	 * character other than spaces closes the brackets.
	 */
	private static Matcher signed(String folded) {
		int last = folded.length() - 1;
		// Spaces, and the line terminator that the end of the text may follow (NEL is
		// not a space).
		while (last >= 0 && (Character.isWhitespace(folded.charAt(last)) || folded.charAt(last) == '\u0085')) {
			last--;
		}
		if (last < 0 || (folded.charAt(last) != ')' && folded.charAt(last) != '）')) {
			return null;
		}
		Matcher matcher = SIGNED.matcher(folded).region(Math.max(0, last - NAMES_LENGTH - 1), folded.length());
		return matcher.find() ? matcher : null;
	}

	/**
	 * Takes the names of a byline found: the characters before a slash or after a role
	 * may run on into a desk (突发中心刘人玮) or the next word (记者黄艳梅报道), so each name those
	 * characters may hold is taken, at most once for each place (two patterns may find
	 * one byline).
	 */
	private static void take(Matcher matcher, String folded, Map<String, Set<Integer>> inBylines) {
		Matcher run = RUN.matcher(matcher.group(1));
		while (run.find()) {
			int start = matcher.start(1) + run.start();
			for (int[] name : names(run.end() - run.start())) {
				inBylines.computeIfAbsent(folded.substring(start + name[0], start + name[1]), (key) -> new HashSet<>())
					.add(start + name[0]);
			}
		}
	}

	/**
	 * Whether a name is written only in the bylines: a reporter whom the text also names
	 * elsewhere (a columnist quoted in the news) stays.
	 */
	boolean onlyThere(String name) {
		if (name == null) {
			return false;
		}
		String folded = ScriptFolding.simplified(name);
		Set<Integer> bylines = this.inBylines.get(folded);
		return bylines != null && occurrences(folded) <= bylines.size();
	}

	private int occurrences(String name) {
		int count = 0;
		for (int at = this.folded.indexOf(name); at >= 0; at = this.folded.indexOf(name, at + name.length())) {
			count++;
		}
		return count;
	}

	/**
	 * Where in a run of two to four characters its names may be: {@code 刘人玮} and
	 * {@code 人玮}, {@code 胡健杨懿} as {@code 胡健} and {@code 杨懿}, {@code 心刘人玮} as {@code 刘人玮}.
	 */
	private static List<int[]> names(int length) {
		return switch (length) {
			case 2 -> List.of(new int[] { 0, 2 });
			case 3 -> List.of(new int[] { 0, 3 }, new int[] { 0, 2 }, new int[] { 1, 3 });
			default -> List.of(new int[] { 0, 2 }, new int[] { 2, 4 }, new int[] { 0, 3 }, new int[] { 1, 3 },
					new int[] { 1, 4 });
		};
	}

}
