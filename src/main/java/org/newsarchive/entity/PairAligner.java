package org.newsarchive.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.newsarchive.entity.ArticleText.Segment;

/**
 * Aligns names across the two halves of a bilingual paragraph pair. A person named in the
 * English half whose Chinese names do not occur in the Chinese half, facing the one
 * Chinese-named person whose English names do not occur in the English half, are one
 * person: {@code Peter Taksøe-Jensen} ↔ {@code 彼得·塔克索-延森}. Conservative: exactly one
 * unexplained name on each side, and two gazetteer people are never merged.
 */
final class PairAligner {

	private PairAligner() {
	}

	/**
	 * Merges drafts the pairs show to be one person.
	 * @param segments the article's segments
	 * @param drafts the drafts by key; merged ones are removed
	 */
	static void align(List<Segment> segments, Map<String, EntityDraft> drafts) {
		Map<Integer, List<Segment>> pairs = new TreeMap<>();
		for (Segment segment : segments) {
			if (segment.pair() != null) {
				pairs.computeIfAbsent(segment.pair(), (pair) -> new ArrayList<>()).add(segment);
			}
		}
		for (List<Segment> pair : pairs.values()) {
			String english = join(pair, false);
			String chinese = join(pair, true);
			if (english.isEmpty() || chinese.isEmpty()) {
				continue;
			}
			List<EntityDraft> people = drafts.values().stream().filter((d) -> d.type() == EntityType.PERSON).toList();
			List<EntityDraft> onlyInEnglish = new ArrayList<>();
			List<EntityDraft> onlyInChinese = new ArrayList<>();
			for (EntityDraft person : people) {
				boolean inEnglish = occursIn(english, person.english());
				boolean inChinese = occursIn(chinese, person.chinese());
				if (inEnglish && !inChinese) {
					onlyInEnglish.add(person);
				}
				else if (inChinese && !inEnglish) {
					onlyInChinese.add(person);
				}
			}
			if (onlyInEnglish.size() == 1 && onlyInChinese.size() == 1) {
				merge(onlyInEnglish.get(0), onlyInChinese.get(0), drafts);
			}
		}
	}

	private static void merge(EntityDraft english, EntityDraft chinese, Map<String, EntityDraft> drafts) {
		if (english.isKnown() && chinese.isKnown()) {
			return;
		}
		EntityDraft keep = chinese.isKnown() ? chinese : english;
		EntityDraft gone = (keep == english) ? chinese : english;
		keep.absorb(gone);
		drafts.remove(gone.key());
	}

	private static boolean occursIn(String text, Collection<String> names) {
		NameMatcher matcher = new NameMatcher();
		names.forEach((name) -> matcher.add(name, name));
		return !matcher.find(text, 0).isEmpty();
	}

	private static String join(List<Segment> pair, boolean chinese) {
		return String.join("\n",
				pair.stream().filter((segment) -> segment.chinese() == chinese).map(Segment::folded).toList());
	}

}
