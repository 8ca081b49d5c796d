package org.newsarchive.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of names, {@code 石泰峰、李干杰、李书磊等出席} (or separated by ideographic spaces): when one
 * item of a list is a person, the other items shaped like names are people too. News
 * lists leaders, guests and reporters this way, often with no title next to each.
 */
final class Enumerations {

	/**
	 * Starts only where a run of Han characters starts and never gives a character back,
	 * as a separator cannot follow part of a run: tried from every character of a run,
	 * and backtracking in it, the list cost each run its length squared.
	 */
	private static final Pattern LIST = Pattern.compile("(?<!\\p{IsHan})\\p{IsHan}++(?:[、\u3000]\\p{IsHan}++)+");

	/**
	 * Compiled once: {@code String.split} compiles a pattern of two characters each time.
	 */
	private static final Pattern SEPARATOR = Pattern.compile("[、\u3000]");

	private static final int MAX_ITEM = 4;

	private Enumerations() {
	}

	/** The items of lists that name at least one of {@code people}, other than those. */
	static List<String> namesListedWith(String text, Predicate<String> people) {
		List<String> found = new ArrayList<>();
		Matcher list = LIST.matcher(text);
		while (list.find()) {
			String[] runs = SEPARATOR.split(list.group());
			List<String> items = new ArrayList<>();
			items.add(lastName(runs[0], people));
			for (int i = 1; i < runs.length - 1; i++) {
				items.add(runs[i]);
			}
			items.add(firstName(runs[runs.length - 1], people));
			if (items.stream().anyMatch(people)) {
				items.stream()
					.filter((item) -> item != null && item.length() >= 2 && item.length() <= MAX_ITEM)
					.filter((item) -> !people.test(item) && Surnames.startsChineseName(item))
					.forEach(found::add);
			}
		}
		return found;
	}

	/**
	 * The name a run before {@code 、} ends with: a known one, else its last three
	 * characters.
	 */
	private static String lastName(String run, Predicate<String> people) {
		for (int length = Math.min(run.length(), MAX_ITEM); length >= 2; length--) {
			if (people.test(run.substring(run.length() - length))) {
				return run.substring(run.length() - length);
			}
		}
		return (run.length() <= 3) ? run : null;
	}

	/** The name a run after {@code 、} starts with, before {@code 等}, {@code 参加} …. */
	private static String firstName(String run, Predicate<String> people) {
		for (int length = Math.min(run.length(), MAX_ITEM); length >= 2; length--) {
			if (people.test(run.substring(0, length))) {
				return run.substring(0, length);
			}
		}
		// the shortest: 王东峰 of 王东峰等参加会见, not 王东峰等 before 参加
		for (int length = 2; length <= Math.min(run.length() - 1, MAX_ITEM); length++) {
			if (Titles.followerAt(run, length)) {
				return run.substring(0, length);
			}
		}
		return (run.length() <= 3) ? run : null;
	}

}
