package org.newsarchive.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Decides whether two articles carry the same text, and whether they report the same
 * event, from their features alone: the cosine of their weighted words, title words and
 * names, against a threshold that grows with the days between them. A word weighs by how
 * rare it is in news at large and among the articles of the same days (the pool), so that
 * what everybody wrote that week does not make a story.
 */
final class StoryMatcher {

	/** Estimated share of shingles in common from which two texts are one text. */
	static final double SAME_TEXT = 0.5;

	/** Days apart beyond which two articles are never one story. */
	static final int WINDOW_DAYS = 10;

	/** Cosine similarity from which two articles of the same day are one story. */
	static final double SAME_STORY = 0.05;

	/**
	 * The threshold grows by this much a day apart; a date known only to the month or
	 * year counts as {@value #COARSE_DATE_DAYS} days apart.
	 */
	static final double PER_DAY = 0.005;

	static final int COARSE_DATE_DAYS = 5;

	/** A word of the title counts this many times a word of the text. */
	static final double TITLE_WEIGHT = 2;

	private final StoryPool.Window pool;

	private final TermFrequencies corpus = TermFrequencies.corpus();

	/**
	 * Each article's norm under this pool's weights: computed once, not for each article
	 * it is compared with.
	 */
	private final Map<Long, Double> norms = new HashMap<>();

	/**
	 * @param pool the articles of the days compared, whose words set the weights; the
	 * matcher is valid while the pool does not change (see
	 * {@link StoryPool.Window#matcher})
	 */
	StoryMatcher(StoryPool.Window pool) {
		this.pool = pool;
	}

	static boolean sameText(ArticleFeatures a, ArticleFeatures b) {
		return MinHash.similarity(a.signature(), b.signature()) >= SAME_TEXT;
	}

	/**
	 * How alike two articles are as reports of one event, or null where they cannot be.
	 */
	Match match(ArticleFeatures a, ArticleFeatures b) {
		Integer gap = a.dayGap(b);
		if (gap == null || gap > WINDOW_DAYS) {
			return null;
		}
		List<String> sharedTerms = new ArrayList<>();
		double dot = dot(a.terms(), b.terms(), this::weight, sharedTerms)
				+ dot(a.titleTerms(), b.titleTerms(), this::titleWeight, new ArrayList<>());
		List<Long> sharedNames = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.entityIds().length && j < b.entityIds().length) {
			long x = a.entityIds()[i];
			long y = b.entityIds()[j];
			if (x == y) {
				double weight = weight(x);
				dot += weight * weight;
				sharedNames.add(x);
				i++;
				j++;
			}
			else if (x < y) {
				i++;
			}
			else {
				j++;
			}
		}
		double norms = Math.sqrt(this.norms.computeIfAbsent(a.articleId(), (id) -> norm(a))
				* this.norms.computeIfAbsent(b.articleId(), (id) -> norm(b)));
		double similarity = (norms == 0) ? 0 : dot / norms;
		int effectiveGap = (a.datedToTheDay() && b.datedToTheDay()) ? gap : Math.max(gap, COARSE_DATE_DAYS);
		boolean sameStory = similarity >= SAME_STORY + PER_DAY * effectiveGap;
		return new Match(similarity, gap, sameStory, sharedTerms, sharedNames);
	}

	private static double dot(String[] a, String[] b, ToDoubleFunction<String> weigh, List<String> shared) {
		double dot = 0;
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			int order = a[i].compareTo(b[j]);
			if (order == 0) {
				double weight = weigh.applyAsDouble(a[i]);
				dot += weight * weight;
				shared.add(a[i]);
				i++;
				j++;
			}
			else if (order < 0) {
				i++;
			}
			else {
				j++;
			}
		}
		return dot;
	}

	private double norm(ArticleFeatures article) {
		double norm = 0;
		for (String term : article.terms()) {
			double weight = weight(term);
			norm += weight * weight;
		}
		for (String term : article.titleTerms()) {
			double weight = titleWeight(term);
			norm += weight * weight;
		}
		for (long id : article.entityIds()) {
			double weight = weight(id);
			norm += weight * weight;
		}
		return norm;
	}

	private double weight(String term) {
		int articles = this.corpus.articles() + this.pool.size();
		int using = this.corpus.count(term) + Math.max(this.pool.using(term), 1);
		return Math.log(1 + articles / (double) using);
	}

	private double titleWeight(String term) {
		return TITLE_WEIGHT * weight(term);
	}

	private double weight(long entityId) {
		return Math.log(1 + this.pool.size() / (double) Math.max(this.pool.naming(entityId), 1));
	}

	/**
	 * @param similarity cosine of the two articles' weighted words and names, 0 to 1
	 * @param dayGap days apart, 0 where their dates overlap
	 * @param sameStory whether that is enough for one story
	 * @param sharedTerms the words both use, folded
	 * @param sharedNames the entities both name
	 */
	record Match(double similarity, int dayGap, boolean sameStory, List<String> sharedTerms, List<Long> sharedNames) {

	}

}
