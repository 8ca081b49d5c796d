package org.newsarchive.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;

import org.newsarchive.entity.ArticleText.Segment;

/**
 * Finds Chinese personal names no list knows, with two guessers and guards for precision.
 * HanLP's name recognition ({@code nr}, transliterated {@code nrf}, Japanese {@code nrj})
 * finds some; others are read off an apposition, the name right after a title
 * ({@code 教授孙兴杰则…}). A guess is kept only if it has a title next to it, occurs twice or
 * is backed by a list or a gloss, and is not a fragment of a longer name ({@code 斯托尔} of
 * {@code 斯托尔滕贝格}).
 */
final class ChineseNames {

	/**
	 * Characters that do not occur in the names news writes; a guess holding one is a
	 * phrase.
	 */
	private static final String NOT_IN_NAMES = "的了在是和与说称也就都而但则及等这那其之所被把将对于个们我你他她它不没有无很更最又再还曾已向从到为以并或即却今此该各每会要能可并、，。";

	/**
	 * What joins the parts of a transliterated name ({@code 戴维•格罗斯}, {@code 彼得·塔克索-延森});
	 * the hyphen last, so that it is literal in a character class.
	 */
	static final String LINKERS = "·・•‧－-";

	private static final Pattern LINKED_NAME = Pattern
		.compile("\\G\\p{IsHan}{1,6}(?:[" + LINKERS + "]\\p{IsHan}{1,6}){1,2}");

	private static final Pattern TRANSLITERATED_LINKED = Pattern
		.compile("\\p{IsHan}{2,8}(?:[" + LINKERS + "]\\p{IsHan}{1,8}){1,2}");

	private static final Pattern ORIGIN = Pattern.compile("\\p{IsHan}{1,4}[县市省镇乡村]人(\\p{IsHan}{2,3})");

	/**
	 * HanLP's segmenter with its name recognisers, one a thread: made for every text, it
	 * cost more than some short texts' segmentation.
	 */
	private static final ThreadLocal<com.hankcs.hanlp.seg.Segment> TAGGER = ThreadLocal
		.withInitial(() -> HanLP.newSegment()
			.enableNameRecognize(true)
			.enableTranslatedNameRecognize(true)
			.enableJapaneseNameRecognize(true)
			.enableOffset(true));

	private static final int MAX_PLAIN = 4;

	private static final int MAX_ASIDE = 10;

	private static final int MAX_TRANSLITERATED = 8;

	private final Set<String> notPeople;

	private final LearnedNames learned;

	private final Function<String, List<Found>> tagger;

	/**
	 * @param notPeople folded names of places and organisations, which are never people
	 */
	ChineseNames(Set<String> notPeople) {
		this(notPeople, new LearnedNames());
	}

	/**
	 * @param notPeople folded names of places and organisations, which are never people
	 * @param learned the names learned from the archive so far, added to as it reads
	 */
	ChineseNames(Set<String> notPeople, LearnedNames learned) {
		this(notPeople, learned, ChineseNames::tagged);
	}

	/**
	 * @param notPeople folded names of places and organisations, which are never people
	 * @param learned the names learned from the archive so far, added to as it reads
	 * @param tagger the person names HanLP tags in a text, as {@link #tagged} finds them
	 */
	ChineseNames(Set<String> notPeople, LearnedNames learned, Function<String, List<Found>> tagger) {
		this.notPeople = Set.copyOf(notPeople);
		this.learned = learned;
		this.tagger = tagger;
	}

	/**
	 * The name a run of Han text ends with, as in the Chinese half of a gloss: the text
	 * after the last title ({@code 澳大利亚总理阿尔巴尼斯}), else a trailing name HanLP tags as a
	 * person.
	 */
	String nameEndingRun(String run) {
		int afterTitle = -1;
		for (String title : Titles.CHINESE) {
			int at = run.lastIndexOf(title);
			if (at >= 0) {
				afterTitle = Math.max(afterTitle, at + title.length());
			}
		}
		if (afterTitle >= 0) {
			String name = run.substring(afterTitle);
			return plausible(name) ? name : null;
		}
		List<Found> tagged = this.tagger.apply(run);
		if (!tagged.isEmpty()) {
			Found last = tagged.get(tagged.size() - 1);
			if (last.end() == run.length() && plausible(last.name())) {
				return last.name();
			}
		}
		return null;
	}

	/**
	 * The personal names in an article's Chinese text.
	 * @param segments the Chinese segments
	 * @param known folded names already known to be people (gazetteer, glosses)
	 */
	Result find(List<Segment> segments, Set<String> known) {
		String all = String.join("\n", segments.stream().map(Segment::folded).toList());
		Map<String, Boolean> guesses = new LinkedHashMap<>();
		Set<String> roled = new HashSet<>();
		// names whose shape is their evidence: no context needed
		Set<String> shaped = new HashSet<>();
		for (Segment segment : segments) {
			String text = segment.folded();
			for (Found tagged : this.tagger.apply(text)) {
				Found found = extended(text, tagged);
				String name = unglued(withoutTitles(withoutOrigin(found.name())));
				String titleAfter = Titles.chineseTitleAt(text, found.end());
				if (titleAfter != null && titleAfter.charAt(0) == name.charAt(name.length() - 1)) {
					continue;
				}
				if (name.length() > 1 && plausibleTagged(name)) {
					boolean titledBefore = Titles.chineseTitleEndingAt(text, found.start()) != null;
					// 公库记者江欣怡: what stands before 记者 is the reporter's outlet
					boolean titled = titledBefore || (titleAfter != null && !titleAfter.equals("记者"));
					int nameStart = found.start() + Math.max(0, found.name().indexOf(name));
					guesses.merge(name, titled || fullChineseName(text, nameStart, name), Boolean::logicalOr);
					if (titledBefore) {
						roled.add(name);
					}
				}
			}
			for (String name : afterTitles(text)) {
				guesses.put(name, true);
				roled.add(name);
			}
			for (String name : Bylines.names(text)) {
				if (plausibleTagged(name)) {
					guesses.put(name, true);
					roled.add(name);
				}
			}
			for (String name : linkedNames(text)) {
				guesses.put(name, true);
				shaped.add(name);
			}
		}
		Set<String> people = new HashSet<>(known);
		people.addAll(this.learned.people());
		List<String> byLength = new ArrayList<>(guesses.keySet());
		byLength.sort(Comparator.comparingInt(String::length).reversed());
		Set<String> accepted = new LinkedHashSet<>();
		Map<String, String> aliases = new HashMap<>();
		for (String name : byLength) {
			if (people.contains(name) || this.notPeople.contains(name)) {
				if (people.contains(name) && !known.contains(name)) {
					accepted.add(name);
				}
				continue;
			}
			String longer = longerNameContaining(name, all, people, accepted);
			if (longer != null) {
				if (givenNameDropped(longer, name)) {
					aliases.put(name, longer);
				}
				continue;
			}
			if (NotANameEvidence.of(name, all, roled.contains(name) || shaped.contains(name))) {
				continue;
			}
			if (guesses.get(name) || (name.length() >= 3 && occurrences(all, name) >= 2)) {
				accepted.add(name);
			}
		}
		CharacterPairs pairs = new CharacterPairs(all);
		for (String name : this.learned.people()) {
			// 比亚 (Paul Biya) learned from 喀麦隆总统比亚 is no reason to see him in 哥伦比亚.
			if (!known.contains(name) && pairs.mayContain(name) && all.contains(name)
					&& !NotANameEvidence.of(name, all, false)) {
				accepted.add(name);
			}
		}
		// both sets asked, not copied into one: the people known are the whole
		// gazetteer's
		for (String name : Enumerations.namesListedWith(all,
				(listed) -> people.contains(listed) || accepted.contains(listed))) {
			if (!people.contains(name) && plausible(name) && !this.notPeople.contains(name)
					&& !NotANameEvidence.of(name, all, true)
					&& longerNameContaining(name, all, people, accepted) == null) {
				accepted.add(name);
			}
		}
		accepted.stream().filter(roled::contains).forEach((name) -> this.learned.namedWithARole(name, all));
		return new Result(accepted, aliases);
	}

	/**
	 * A name without the verb or time word HanLP or an apposition glued to it:
	 * {@code 刘奇作} → {@code 刘奇}, {@code 卢拉当天} → {@code 卢拉}.
	 */
	static String unglued(String name) {
		for (String glue : Titles.GLUED_AFTER_NAMES) {
			if (name.length() - glue.length() >= 2 && name.endsWith(glue)) {
				return name.substring(0, name.length() - glue.length());
			}
		}
		return name;
	}

	/**
	 * A transliterated name HanLP cut short ({@code 梅克达} of {@code 梅克达德当天表示}): taken on
	 * over the transliterating characters up to a word that may follow a name.
	 */
	private static Found extended(String text, Found found) {
		if (!Transliteration.looksTransliterated(found.name())) {
			return found;
		}
		for (int end = found.end() + 1; end <= Math.min(text.length(), found.end() + 2); end++) {
			if (!Transliteration.looksTransliterated(text.substring(found.end(), end))) {
				break;
			}
			if (Titles.followerAt(text, end) && !Titles.followerAt(text, found.end())) {
				return new Found(text.substring(found.start(), end), found.start(), end);
			}
		}
		return found;
	}

	/**
	 * {@code 吉县人郭平安} → {@code 郭平安}: the place a person is from is not part of the name.
	 */
	private static String withoutOrigin(String name) {
		Matcher origin = ORIGIN.matcher(name);
		return origin.matches() ? origin.group(1) : name;
	}

	/**
	 * A name HanLP tags with the shape of a full Chinese name (a common surname and a
	 * given name of two characters, not a word with it: {@code 高原上}, {@code 关键点}), where
	 * a name can begin and end: not inside a word across its first character
	 * ({@code 外国元首}), before a word that may follow a name.
	 */
	private static boolean fullChineseName(String text, int start, String name) {
		if (name.length() != 3 || !Surnames.startsChineseName(name) || !text.startsWith(name, start)
				|| NotANameEvidence.word(name.substring(0, 2))) {
			return false;
		}
		return Titles.followerAt(text, start + name.length()) && NotANameEvidence.mayStartAt(text, start);
	}

	/**
	 * Transliterated names joined with a dot, {@code 戴维•格罗斯}, wherever they stand: the
	 * run of transliterating characters around the dots.
	 */
	private List<String> linkedNames(String text) {
		List<String> names = new ArrayList<>();
		if (!hasLinker(text)) {
			return names;
		}
		Matcher linked = TRANSLITERATED_LINKED.matcher(text);
		while (linked.find()) {
			String name = trimmedToTransliteration(linked.group());
			if (name != null && plausibleTagged(name)) {
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * The longest tail of {@code run} whose parts are all spelled with transliterating
	 * characters, each part at least two characters, or null.
	 */
	private static String trimmedToTransliteration(String run) {
		String[] parts = run.split("[" + LINKERS + "]", -1);
		int firstStart = parts[0].length();
		while (firstStart > 0 && Transliteration.looksTransliterated(parts[0].substring(firstStart - 1))) {
			firstStart--;
		}
		String first = parts[0].substring(firstStart);
		String lastPart = parts[parts.length - 1];
		int lastEnd = 0;
		while (lastEnd < lastPart.length() && Transliteration.looksTransliterated(lastPart.substring(0, lastEnd + 1))) {
			lastEnd++;
		}
		if (first.length() < 2 || lastEnd < 2) {
			return null;
		}
		for (int i = 1; i < parts.length - 1; i++) {
			if (!Transliteration.looksTransliterated(parts[i])) {
				return null;
			}
		}
		return run.substring(firstStart, run.length() - (lastPart.length() - lastEnd));
	}

	/** Names read right after a title, {@code 外相林芳正证实…} → {@code 林芳正}. */
	List<String> afterTitles(String text) {
		List<String> names = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		for (String title : Titles.CHINESE) {
			for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
				int start = afterAside(text, at + title.length());
				if (seen.add(start)) {
					String name = nameAt(text, start);
					if (name != null && plausible(unglued(name))) {
						names.add(unglued(name));
					}
				}
			}
		}
		return names;
	}

	/**
	 * Where the name starts after a title and an aside in brackets: {@code 副校长（副院长）谢春涛}.
	 */
	private static int afterAside(String text, int at) {
		if (at < text.length() && (text.charAt(at) == '（' || text.charAt(at) == '(')) {
			int close = text.indexOf((text.charAt(at) == '（') ? '）' : ')', at);
			if (close > at && close - at <= MAX_ASIDE && Titles.chineseTitleEndingAt(text, close) != null) {
				return close + 1;
			}
		}
		return at;
	}

	private String nameAt(String text, int start) {
		Matcher linked = LINKED_NAME.matcher(text);
		if (linked.find(start)) {
			for (int end = linked.end(); end > start; end--) {
				String name = text.substring(start, end);
				char last = name.charAt(name.length() - 1);
				if (ArticleText.Segment.isHan(last) && Titles.followerAt(text, end) && plausible(name)
						&& Surnames.startsName(name) && Transliteration.looksTransliterated(lastPart(name))) {
					return name;
				}
			}
			return null;
		}
		List<String> candidates = new ArrayList<>();
		for (int length = 2; length <= MAX_TRANSLITERATED && start + length <= text.length(); length++) {
			String name = text.substring(start, start + length);
			if (allHan(name) && (length <= MAX_PLAIN || Transliteration.looksTransliterated(name))
					&& Titles.followerAt(text, start + length) && plausible(name) && Surnames.startsName(name)
					&& !startsWithPlaceOrOrganisation(name)) {
				candidates.add(name);
			}
		}
		if (candidates.size() < 2) {
			// HanLP's tags only choose between candidates, and segmenting is the costly
			// part
			return candidates.isEmpty() ? null : candidates.get(0);
		}
		List<Found> tagged = this.tagger
			.apply(text.substring(start, Math.min(text.length(), start + MAX_TRANSLITERATED + 2)));
		String best = null;
		int bestScore = 0;
		for (String name : candidates) {
			int end = name.length();
			int score = followerScore(text, start + end);
			if (tagged.stream().anyMatch((found) -> found.start() == 0 && found.end() == end)) {
				score += 4;
			}
			if (score > bestScore) {
				best = name;
				bestScore = score;
			}
		}
		return best;
	}

	/**
	 * The part after the last dot or hyphen: a transliterated name ends spelled by sound,
	 * not with the verb after it ({@code 迪亚斯-卡内尔互致贺电}).
	 */
	private static String lastPart(String linkedName) {
		int at = linkedName.length();
		while (at > 0 && LINKERS.indexOf(linkedName.charAt(at - 1)) < 0) {
			at--;
		}
		return linkedName.substring(at);
	}

	private boolean startsWithPlaceOrOrganisation(String name) {
		return this.notPeople.stream().anyMatch(name::startsWith);
	}

	private static int followerScore(String text, int at) {
		if (at >= text.length() || !ArticleText.Segment.isHan(text.charAt(at))) {
			return 1;
		}
		if (Titles.chineseTitleAt(text, at) != null) {
			return 2;
		}
		for (String follower : Titles.CHINESE_FOLLOWERS) {
			if (follower.length() > 1 && text.startsWith(follower, at)) {
				return 2;
			}
		}
		return 1;
	}

	/**
	 * Whether a guessed name could be one: no function words, not a word of the
	 * dictionary.
	 */
	boolean plausible(String name) {
		if (!plausibleTagged(name)) {
			return false;
		}
		CoreDictionary.Attribute word = CoreDictionary.get(name);
		return word == null || word.nature[0].startsWith("nr");
	}

	private boolean plausibleTagged(String name) {
		if (name.length() < 2 || this.notPeople.contains(name)) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if ((NOT_IN_NAMES.indexOf(c) >= 0 && !(i == 0 && name.length() == 3 && Surnames.startsChineseName(name)))
					|| !(ArticleText.Segment.isHan(c) || LINKERS.indexOf(c) >= 0)) {
				return false;
			}
		}
		for (String title : Titles.CHINESE) {
			if (name.contains(title)) {
				return false;
			}
		}
		return true;
	}

	/** Person names HanLP tags, neighbouring pieces joined ({@code 斯托尔}+{@code 滕贝格}). */
	static List<Found> tagged(String text) {
		List<Term> terms = TAGGER.get().seg(text);
		List<Found> found = new ArrayList<>();
		int i = 0;
		while (i < terms.size()) {
			if (!person(terms.get(i))) {
				i++;
				continue;
			}
			int start = terms.get(i).offset;
			int j = i + 1;
			while (j < terms.size() && (person(terms.get(j))
					|| (linker(terms.get(j)) && j + 1 < terms.size() && person(terms.get(j + 1))))) {
				j++;
			}
			Term last = terms.get(j - 1);
			found.add(new Found(text.substring(start, last.offset + last.word.length()), start,
					last.offset + last.word.length()));
			i = j;
		}
		return found;
	}

	private static boolean person(Term term) {
		return term.nature != null && term.nature.startsWith("nr");
	}

	private static boolean linker(Term term) {
		return term.word.length() == 1 && LINKERS.contains(term.word);
	}

	private static String withoutTitles(String name) {
		String trimmed = name;
		boolean changed = true;
		while (changed) {
			changed = false;
			String before = Titles.chineseTitleEndingAt(trimmed, trimmed.length());
			if (before != null && before.length() < trimmed.length()) {
				trimmed = trimmed.substring(0, trimmed.length() - before.length());
				changed = true;
			}
			String after = Titles.chineseTitleAt(trimmed, 0);
			if (after != null && after.length() < trimmed.length()) {
				trimmed = trimmed.substring(after.length());
				changed = true;
			}
		}
		return trimmed;
	}

	/**
	 * The longer name of the article that {@code name} is part of. Only names the text
	 * holds: {@code 穆罕默德} alone is not {@code 穆罕默德·本·萨勒曼} of the gazetteer.
	 */
	private static String longerNameContaining(String name, String text, Set<String> known, Set<String> accepted) {
		for (Set<String> names : List.of(known, accepted)) {
			for (String other : names) {
				if (other.length() > name.length() && other.contains(name) && text.contains(other)) {
					return other;
				}
			}
		}
		return null;
	}

	/** {@code 塔克索-延森} is {@code 彼得·塔克索-延森} without the given name. */
	private static boolean givenNameDropped(String longer, String name) {
		int dot = longer.indexOf('·');
		return dot > 0 && longer.substring(dot + 1).equals(name);
	}

	/** Whether a dot or hyphen joins parts of a name anywhere: most texts have none. */
	private static boolean hasLinker(String text) {
		for (int i = 0; i < LINKERS.length(); i++) {
			if (text.indexOf(LINKERS.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean allHan(String text) {
		return text.chars().allMatch((c) -> ArticleText.Segment.isHan((char) c));
	}

	private static int occurrences(String text, String name) {
		int count = 0;
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
			count++;
		}
		return count;
	}

	record Found(String name, int start, int end) {

	}

	/**
	 * @param names the new personal names, folded
	 * @param aliases short forms of longer names, short → long
	 */
	record Result(Set<String> names, Map<String, String> aliases) {

	}

}
