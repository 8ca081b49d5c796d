package org.newsarchive.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.newsarchive.article.Block;
import org.newsarchive.article.Published;

/**
 * What story assignment compares of an article, computed once per stored revision.
 *
 * @param firstDay the first day its publication may fall on, or null where undated
 * @param lastDay the last day, the same as the first for a dated day or time
 * @param signature the MinHash of its text's shingles (see {@link MinHash})
 * @param titleTerms the distinct words and Han bigrams of its titles, folded
 * @param terms the distinct words and Han bigrams of its title, lede and opening, folded
 * @param entityIds the people, organisations and places it names, ascending
 */
record ArticleFeatures(long articleId, LocalDate firstDay, LocalDate lastDay, int[] signature, String[] titleTerms,
		String[] terms, long[] entityIds) {

	/** How much of the body counts for what the article is about: its opening. */
	static final int OPENING_TOKENS = 240;

	private static final Set<String> ENGLISH_STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for",
			"from", "has", "have", "he", "in", "is", "it", "its", "of", "on", "or", "said", "that", "the", "this", "to",
			"was", "were", "will", "with", "which", "who", "would");

	static ArticleFeatures of(long articleId, Published published, String title, String otherTitle, String lede,
			List<Block> blocks, Collection<Long> entityIds) {
		String opening = Stories.opening(title, otherTitle, lede);
		String body = String.join("\n", Stories.paragraphs(blocks));
		Tokens text = Tokens.of(body.isBlank() ? opening : body);
		Tokens about = Tokens.of(opening + "\n" + body);
		long[] entities = entityIds.stream().mapToLong(Long::longValue).distinct().sorted().toArray();
		return new ArticleFeatures(articleId, (published != null) ? published.firstDay() : null,
				(published != null) ? published.lastDay() : null, MinHash.signature(text),
				terms(Tokens.of(Stories.opening(title, otherTitle, null))), terms(about), entities);
	}

	/**
	 * Words (not the commonest English ones) and pairs of adjacent Han characters of one
	 * phrase, from the first {@value #OPENING_TOKENS} tokens after the title and lede.
	 */
	static String[] terms(Tokens text) {
		Set<String> terms = new TreeSet<>();
		List<Tokens.Token> tokens = text.tokens();
		int end = Math.min(tokens.size(), OPENING_TOKENS);
		for (int i = 0; i < end; i++) {
			Tokens.Token token = tokens.get(i);
			if (!han(token)) {
				if (token.text().length() > 1 && !ENGLISH_STOP_WORDS.contains(token.text())
						&& !token.text().chars().allMatch(Character::isDigit)) {
					terms.add(token.text());
				}
			}
			else if (i + 1 < tokens.size() && han(tokens.get(i + 1)) && tokens.get(i + 1).run() == token.run()) {
				terms.add(token.text() + tokens.get(i + 1).text());
			}
		}
		return terms.toArray(String[]::new);
	}

	/** Days between two articles' publication; 0 where their spans overlap. */
	Integer dayGap(ArticleFeatures other) {
		if (this.firstDay == null || other.firstDay == null) {
			return null;
		}
		if (this.lastDay.isBefore(other.firstDay)) {
			return (int) ChronoUnit.DAYS.between(this.lastDay, other.firstDay);
		}
		if (other.lastDay.isBefore(this.firstDay)) {
			return (int) ChronoUnit.DAYS.between(other.lastDay, this.firstDay);
		}
		return 0;
	}

	/** Whether it was dated to a day at least, not only to a month or a year. */
	boolean datedToTheDay() {
		return this.firstDay != null && this.firstDay.equals(this.lastDay);
	}

	boolean sameFeaturesAs(ArticleFeatures other) {
		return Objects.equals(this.firstDay, other.firstDay) && Objects.equals(this.lastDay, other.lastDay)
				&& Arrays.equals(this.signature, other.signature) && Arrays.equals(this.titleTerms, other.titleTerms)
				&& Arrays.equals(this.terms, other.terms) && Arrays.equals(this.entityIds, other.entityIds);
	}

	private static boolean han(Tokens.Token token) {
		return Character.UnicodeScript.of(token.text().codePointAt(0)) == Character.UnicodeScript.HAN;
	}

}
