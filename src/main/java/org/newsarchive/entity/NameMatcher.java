package org.newsarchive.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsarchive.entity.ArticleText.Segment;

/**
 * Finds where known names occur. Chinese names are matched in the script-folded text
 * anywhere; Latin names case-sensitively on word boundaries ({@code Stoltenberg's}
 * counts, {@code Abel} is not {@code Abe}). Where names overlap the longest wins, so
 * {@code 岸田文雄} is one mention, not also one of {@code 岸田}.
 */
final class NameMatcher {

	private final Map<String, String> keysByName = new LinkedHashMap<>();

	/**
	 * The names by their first character, so that a text is read once, not once for every
	 * name: the gazetteer holds hundreds.
	 */
	private final Map<Character, List<String>> namesByFirstChar = new HashMap<>();

	/**
	 * The same first characters as a set of bits: asking the map boxes every Chinese
	 * character of every text into a new {@code Character}, garbage the import paid for.
	 */
	private final BitSet firstChars = new BitSet();

	/**
	 * Adds a name.
	 * @param name the name, Chinese names already folded to simplified script
	 * @param key what the name stands for; the first key given for a name keeps it
	 */
	void add(String name, String key) {
		if (name != null && name.length() > 1 && this.keysByName.putIfAbsent(name, key) == null) {
			this.namesByFirstChar.computeIfAbsent(name.charAt(0), (first) -> new ArrayList<>()).add(name);
			this.firstChars.set(name.charAt(0));
		}
	}

	boolean contains(String name) {
		return this.keysByName.containsKey(name);
	}

	List<Hit> find(List<Segment> segments) {
		List<Hit> hits = new ArrayList<>();
		for (int s = 0; s < segments.size(); s++) {
			hits.addAll(find(segments.get(s).folded(), s));
		}
		return hits;
	}

	List<Hit> find(String text, int segment) {
		List<Hit> candidates = new ArrayList<>();
		for (int at = 0; at < text.length(); at++) {
			if (!this.firstChars.get(text.charAt(at))) {
				continue;
			}
			for (String name : this.namesByFirstChar.get(text.charAt(at))) {
				if (text.startsWith(name, at) && (ArticleText.Segment.isHan(name.charAt(0))
						|| onWordBoundaries(text, at, at + name.length()))) {
					candidates.add(new Hit(segment, at, at + name.length(), this.keysByName.get(name), name));
				}
			}
		}
		candidates.sort(
				Comparator.comparingInt((Hit hit) -> hit.end() - hit.start()).reversed().thenComparingInt(Hit::start));
		boolean[] taken = new boolean[text.length()];
		List<Hit> hits = new ArrayList<>();
		for (Hit candidate : candidates) {
			if (free(taken, candidate)) {
				for (int i = candidate.start(); i < candidate.end(); i++) {
					taken[i] = true;
				}
				hits.add(candidate);
			}
		}
		hits.sort(Comparator.comparingInt(Hit::start));
		return hits;
	}

	private static boolean free(boolean[] taken, Hit hit) {
		for (int i = hit.start(); i < hit.end(); i++) {
			if (taken[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean onWordBoundaries(String text, int start, int end) {
		return (start == 0 || !latinLetterOrDigit(text.charAt(start - 1)))
				&& (end == text.length() || !latinLetterOrDigit(text.charAt(end)));
	}

	/** Han characters are boundaries: {@code G7中} names the G7. */
	private static boolean latinLetterOrDigit(char c) {
		return Character.isLetterOrDigit(c) && !ArticleText.Segment.isHan(c);
	}

	/**
	 * One occurrence of a name.
	 *
	 * @param segment the index of the segment
	 * @param start offset of the first char
	 * @param end offset after the last char
	 * @param key what the name stands for
	 * @param name the name as matched
	 */
	record Hit(int segment, int start, int end, String key, String name) {

	}

}
