package org.newsarchive.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsarchive.entity.ArticleText.Segment;

/**
 * Finds personal names in English text by capitalisation: two or more capitalised words
 * ({@code Ursula von der Leyen}), cut at titles, nationality words and months, and
 * dropped where a word marks an organisation or place ({@code Keio University},
 * {@code Sagami Bay}). A guess is kept where a title stands right before it or it occurs
 * twice outside headings.
 */
final class EnglishNames {

	private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’\\-.]*");

	private static final Set<String> PARTICLES = Set.of("von", "der", "van", "de", "da", "del", "bin", "al", "le",
			"la");

	private final Set<String> notPeople;

	/**
	 * @param notPeople names of places and organisations
	 */
	EnglishNames(Set<String> notPeople) {
		this.notPeople = Set.copyOf(notPeople);
	}

	List<String> find(List<Segment> segments) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, Boolean> titled = new LinkedHashMap<>();
		for (Segment segment : segments) {
			if (headingOfOneRun(segment.text())) {
				continue;
			}
			for (Guess guess : guesses(segment.text())) {
				counts.merge(guess.name(), 1, Integer::sum);
				titled.merge(guess.name(), guess.afterTitle(), Boolean::logicalOr);
			}
		}
		List<String> names = new ArrayList<>();
		counts.forEach((name, count) -> {
			if (titled.get(name) || count >= 2) {
				names.add(name);
			}
		});
		return names;
	}

	/**
	 * A title or heading that is nothing but capitalised words ({@code Example Domain} of
	 * a web page, its title repeated as its heading) says nothing of who is named: a name
	 * is a name where a sentence uses it.
	 */
	private boolean headingOfOneRun(String text) {
		List<Guess> guesses = guesses(text);
		return guesses.size() == 1 && !guesses.get(0).afterTitle() && guesses.get(0).name().equals(text.strip());
	}

	List<Guess> guesses(String text) {
		List<Guess> guesses = new ArrayList<>();
		List<String> run = new ArrayList<>();
		boolean afterTitle = false;
		int previousEnd = -1;
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			String word = withoutPossessive(matcher.group());
			boolean adjacent = previousEnd >= 0 && text.substring(previousEnd, matcher.start()).equals(" ");
			if (!adjacent) {
				close(run, afterTitle, guesses);
				afterTitle = false;
			}
			if (nameWord(word) || (PARTICLES.contains(word) && !run.isEmpty())) {
				run.add(word);
			}
			else {
				close(run, afterTitle, guesses);
				afterTitle = Titles.ENGLISH.contains(word);
				if (!capitalised(word)) {
					afterTitle = false;
				}
			}
			previousEnd = matcher.end();
			if (!matcher.group().equals(word) || matcher.group().endsWith(".")) {
				close(run, afterTitle, guesses);
				afterTitle = false;
				previousEnd = -1;
			}
		}
		close(run, afterTitle, guesses);
		return guesses;
	}

	private void close(List<String> run, boolean afterTitle, List<Guess> guesses) {
		while (!run.isEmpty() && PARTICLES.contains(run.get(run.size() - 1))) {
			run.remove(run.size() - 1);
		}
		if (run.size() >= 2 && run.size() <= 4
				&& run.stream().noneMatch((word) -> Titles.ENGLISH_ORGANISATION_WORDS.contains(word))) {
			String name = String.join(" ", run);
			if (!this.notPeople.contains(name)) {
				guesses.add(new Guess(name, afterTitle));
			}
		}
		run.clear();
	}

	private boolean nameWord(String word) {
		return capitalised(word) && !Titles.ENGLISH.contains(word) && !Titles.ENGLISH_NOT_NAMES.contains(word)
				&& !this.notPeople.contains(word);
	}

	private static boolean capitalised(String word) {
		return word.length() > 1 && Character.isUpperCase(word.charAt(0))
				&& word.chars().skip(1).anyMatch(Character::isLowerCase);
	}

	private static String withoutPossessive(String word) {
		if (word.endsWith("'s") || word.endsWith("’s")) {
			return word.substring(0, word.length() - 2);
		}
		return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
	}

	/**
	 * @param name the capitalised words
	 * @param afterTitle whether a title stood right before them
	 */
	record Guess(String name, boolean afterTitle) {

	}

}
