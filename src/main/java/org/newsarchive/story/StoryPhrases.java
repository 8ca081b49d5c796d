package org.newsarchive.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.newsarchive.source.SourceRef;

/**
 * The phrases a story's outlets share and the ones only one of them uses. A phrase is a
 * longest run of text whose every {@value #GRAM} tokens (Han characters or words) appear
 * in the same number of outlets, compared on script-folded text and shown in the script
 * of the article it was found in.
 */
final class StoryPhrases {

	static final int GRAM = 4;

	private static final int SHARED_LISTED = 12;

	private static final int UNIQUE_LISTED = 5;

	private static final int LONGEST = 40;

	private StoryPhrases() {
	}

	/**
	 * @param texts each article's whole text, in timeline order
	 * @param openings each article's title and lede, in the same order: unique phrases
	 * are taken from these, since nearly all of a body is its outlet's own
	 */
	static Result of(List<SourceRef> outlets, List<Tokens> texts, List<Tokens> openings) {
		Map<String, Set<SourceRef>> usedBy = new HashMap<>();
		for (int i = 0; i < texts.size(); i++) {
			for (String gram : texts.get(i).grams(GRAM)) {
				if (gram != null) {
					usedBy.computeIfAbsent(gram, (key) -> new HashSet<>()).add(outlets.get(i));
				}
			}
		}
		if (new HashSet<>(outlets).size() < 2) {
			return new Result(List.of(), List.of());
		}
		Set<String> shared = new LinkedHashSet<>();
		Map<String, String> sharedByFolded = new LinkedHashMap<>();
		for (Tokens text : texts) {
			for (Run run : runs(text, (gram) -> usedBy.get(gram).size() > 1)) {
				sharedByFolded.putIfAbsent(run.folded(), run.text());
			}
		}
		sharedByFolded.values()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.limit(SHARED_LISTED)
			.forEach(shared::add);
		Map<SourceRef, Set<String>> unique = new LinkedHashMap<>();
		for (int i = 0; i < openings.size(); i++) {
			Set<String> phrases = unique.computeIfAbsent(outlets.get(i), (outlet) -> new LinkedHashSet<>());
			for (Run run : runs(openings.get(i), (gram) -> usedBy.getOrDefault(gram, Set.of()).size() == 1)) {
				if (phrases.size() < UNIQUE_LISTED) {
					phrases.add(run.text());
				}
			}
		}
		List<OutletPhrases> uniquePhrases = unique.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().isEmpty())
			.map((entry) -> new OutletPhrases(entry.getKey(), List.copyOf(entry.getValue())))
			.toList();
		return new Result(List.copyOf(shared), uniquePhrases);
	}

	/**
	 * The longest runs of consecutive grams that all pass, as text (cut to
	 * {@value #LONGEST} characters at a token's end).
	 */
	static List<Run> runs(Tokens text, Predicate<String> passes) {
		List<String> grams = text.grams(GRAM);
		List<Run> runs = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= grams.size(); i++) {
			boolean in = i < grams.size() && grams.get(i) != null && passes.test(grams.get(i));
			if (in && start < 0) {
				start = i;
			}
			else if (!in && start >= 0) {
				runs.add(run(text, start, i - 1 + GRAM - 1));
				start = -1;
			}
		}
		return runs;
	}

	/**
	 * The runs of a text made of the given shared terms (Han bigrams, words), at least
	 * three tokens long, longest first.
	 */
	static List<String> sharing(Tokens text, Set<String> terms) {
		List<Tokens.Token> tokens = text.tokens();
		Set<String> phrases = new LinkedHashSet<>();
		int start = 0;
		for (int i = 1; i <= tokens.size(); i++) {
			boolean joined = i < tokens.size() && tokens.get(i).run() == tokens.get(i - 1).run()
					&& linked(tokens.get(i - 1), tokens.get(i), terms);
			if (!joined) {
				if (i - start >= 3) {
					phrases.add(text.text(start, i - 1));
				}
				start = i;
			}
		}
		return phrases.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.limit(SHARED_LISTED)
			.toList();
	}

	private static boolean linked(Tokens.Token previous, Tokens.Token next, Set<String> terms) {
		boolean hanPair = previous.text().length() == 1 && next.text().length() == 1
				&& Character.UnicodeScript.of(previous.text().codePointAt(0)) == Character.UnicodeScript.HAN;
		return hanPair ? terms.contains(previous.text() + next.text())
				: terms.contains(previous.text()) && terms.contains(next.text());
	}

	private static Run run(Tokens text, int firstToken, int lastToken) {
		int last = lastToken;
		while (last > firstToken && text.text(firstToken, last).length() > LONGEST) {
			last--;
		}
		StringBuilder folded = new StringBuilder();
		for (int i = firstToken; i <= last; i++) {
			folded.append(text.tokens().get(i).text()).append(' ');
		}
		return new Run(text.text(firstToken, last), folded.toString());
	}

	record Run(String text, String folded) {

	}

	record Result(List<String> shared, List<OutletPhrases> unique) {

	}

}
