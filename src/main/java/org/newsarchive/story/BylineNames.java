package org.newsarchive.story;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

	/** Names, a slash, then where and how it was reported or who the writer is. */
	private static final Pattern SLASHED = Pattern
		.compile(NAMES + "\\s*[／/╱]\\s*\\p{IsHan}{0,12}?(?:报导|报道|摄影|撰稿|编译|整理|作家|教授|研究员|律师|医师|医生|主任|主笔|记者|特派员)");

	/**
	 * A role, then the names: {@code 记者黄艳梅}, {@code 责任编辑：张三}, {@code 图／李四}; the roles
	 * that are also common words (文, 图) only with a colon or slash.
	 */
	private static final Pattern ROLE = Pattern
		.compile("(?:(?:记者|实习生|通讯员|特派员)\\s*[：:／/╱]?" + "|(?:责任编辑|编辑|撰稿|撰文|摄影|编译|图|文)\\s*[：:／/╱])\\s*" + NAMES);

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
		String folded = ScriptFolding.simplified(text);
		Map<String, Set<Integer>> inBylines = new HashMap<>();
		for (Pattern byline : List.of(SLASHED, ROLE, WIRE, SIGNED)) {
			Matcher matcher = byline.matcher(folded);
			while (matcher.find()) {
				Matcher run = RUN.matcher(matcher.group(1));
				while (run.find()) {
					// The characters before a slash or after a role may run on into a
					// desk
					// (突发中心刘人玮) or the next word (记者黄艳梅报道): each name those
					// characters may hold is taken, at most once for each place (two
					// patterns may find one byline).
					int start = matcher.start(1) + run.start();
					for (int[] name : names(run.end() - run.start())) {
						inBylines
							.computeIfAbsent(folded.substring(start + name[0], start + name[1]),
									(key) -> new HashSet<>())
							.add(start + name[0]);
					}
				}
			}
		}
		return new BylineNames(folded, inBylines);
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
