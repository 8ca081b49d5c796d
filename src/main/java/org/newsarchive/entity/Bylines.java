package org.newsarchive.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a byline written into the text names: Taiwanese outlets end or start an
 * article with {@code （陈郁仁／台北报导）}, {@code 记者曾吉松／摄影} or {@code 杨永年／成功大学政治系教授}, and wire
 * stories open with {@code 太原3月30日电(胡健杨懿)}. A byline names a person by the shape alone,
 * with no title or verb next to the name.
 */
final class Bylines {

	/** A name, a slash, then where and how it was reported or who the writer is. */
	private static final Pattern SLASHED = Pattern
		.compile("(?<!\\p{IsHan})(\\p{IsHan}{2,3})[／/]\\p{IsHan}{0,20}?(?:报导|报道|摄影|撰稿|编译|教授|研究员|律师|医师|医生|主任|作家)");

	/** A wire story's opening, {@code 3月30日电(胡健杨懿)} or {@code 电（记者栗雅婷、宋瑞）}. */
	private static final Pattern WIRE = Pattern.compile("日电[(（](?:记者)?(\\p{IsHan}{2,6}(?:[、 ]\\p{IsHan}{2,3})*)[)）]");

	private Bylines() {
	}

	/** The names of the bylines in a text in simplified script. */
	static List<String> names(String text) {
		List<String> names = new ArrayList<>();
		// most texts hold neither a slash nor a wire's opening: the patterns, tried from
		// every character, are tried only where they can match
		Matcher slashed = SLASHED.matcher((text.indexOf('／') >= 0 || text.indexOf('/') >= 0) ? text : "");
		while (slashed.find()) {
			if (Surnames.startsChineseName(slashed.group(1))) {
				names.add(slashed.group(1));
			}
		}
		Matcher wire = WIRE.matcher(text.contains("日电") ? text : "");
		while (wire.find()) {
			for (String run : wire.group(1).split("[、 ]")) {
				names.addAll(split(run));
			}
		}
		return names;
	}

	/** {@code 胡健杨懿} is two names of two characters run together. */
	private static List<String> split(String run) {
		if (run.length() <= 3) {
			return Surnames.startsChineseName(run) ? List.of(run) : List.of();
		}
		if (run.length() == 4 && Surnames.startsChineseName(run.substring(0, 2))
				&& Surnames.startsChineseName(run.substring(2))) {
			return List.of(run.substring(0, 2), run.substring(2));
		}
		return List.of();
	}

}
