package org.newsarchive.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether two articles carry the same text, and whether they report the same
 * event, from their features alone: the cosine of their weighted words, title words and
 * names, against a threshold that grows with the days between them, and words of their
 * titles that both use and news at large seldom does; reports of other days or other
 * places, however alike their words, are not one story. A word weighs by how rare it is
 * in news at large and among the articles of the same days (the pool), so that what
 * everybody wrote that week does not make a story.
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

	/**
	 * Rare title words two articles of the same day must have in common to be one story:
	 * words of either title that both use and that news at large seldom uses (see
	 * {@link #anchors}). Reports written from one template (each province's daily count)
	 * or on one wider subject share most of their words, so their cosine is as high as
	 * that of two reports of one event; what they lack is a rare word in common in their
	 * titles, which for one event is its place, people or thing ({@code 鹿鸣矿业},
	 * {@code 尾矿砂}).
	 */
	static final int SAME_DAY_ANCHORS = 1;

	/**
	 * Each day apart asks for this many more rare title words in common: coverage of one
	 * event days later repeats its specifics, while the same outlet's report of the same
	 * kind on another day shares its template but not them. Days apart as the dates say,
	 * 0 where a date known only to the month or year overlaps the other: the cosine's
	 * threshold is already cautious there, and asking for {@value #COARSE_DATE_DAYS} more
	 * words would keep such an article out of every story.
	 */
	static final int ANCHORS_PER_DAY = 1;

	/**
	 * Below this cosine two articles share little but their subject (diabetes, the summer
	 * travel season, one person in the news), and {@value #WEAK_SIMILARITY_ANCHORS} more
	 * rare title words in common are asked for. Chosen on the first two labelled sets
	 * together (320 story pairs; the first round chose 0.08 on half of the first set's
	 * 210) and measured on a third none of the rules were chosen on (see
	 * {@code story/labelled/NOTE.md}).
	 */
	static final double WEAK_SIMILARITY = 0.09;

	static final int WEAK_SIMILARITY_ANCHORS = 2;

	/**
	 * Figures both openings report ({@link ArticleFeatures#figures}) from which two
	 * articles need no rare title word in common: reports of one event that word their
	 * titles apart repeat its figures (服务进出口总额 1901.6亿元, 下降11.6%), while one kind of
	 * report on two days shares its template, not its figures. One figure is not enough:
	 * one ratio or price turns up in other news of the days (the held-out set's 1.8公吨 of
	 * ash in two counties' garbage reports). Chosen on the first four labelled sets (see
	 * {@code story/labelled/NOTE.md}, "Fifth set").
	 */
	static final int SHARED_FIGURES = 2;

	/**
	 * Below this cosine, two pieces of one outlet published on different days are two
	 * stories. An outlet covers an event once, and its follow-up of the next days retells
	 * it (the place, the people, the figures), so shares much of the first report's text;
	 * its other pieces of those days on the same subject (another commentary on 新基建, the
	 * next day's report on 台湾's count) share the subject's words only. Pieces of one day
	 * are left to the other rules: an outlet's morning and evening reports of one event,
	 * or its news and its commentary, are common. Two outlets' reports are what a story
	 * is made of, so nothing more is asked of them. Chosen on half of the labelled pairs
	 * (see {@code story/labelled/NOTE.md}).
	 */
	static final double SAME_OUTLET_OTHER_DAY = 0.23;

	/**
	 * Title words of a desk's standing reports: the stock market's, the lottery's (今彩 of
	 * 今彩539, 力彩 of 威力彩, 獎號), the baseball leagues'. Every day's report carries them, so
	 * they name the kind of report, not the event, and do not count as rare title words
	 * in common. Folded; the words news at large commonly uses (天气, 气象) need not be
	 * listed.
	 */
	static final Set<String> STANDING_REPORT_WORDS = Set.of("台股", "美股", "股市", "盘中", "盘后", "开奖", "彩券", "乐透", "今彩", "力彩",
			"奖号", "中职", "日职", "美职", "安打");

	/** A word of the title counts this many times a word of the text. */
	static final double TITLE_WEIGHT = 2;

	private final StoryPool.Window pool;

	private final TermFrequencies corpus = TermFrequencies.corpus();

	/**
	 * The pool's articles, as of this matcher's pool: read once, not through the pool for
	 * each word weighed (a sixth of the story thread's samples).
	 */
	private final int poolSize;

	/**
	 * Each article's norm under this pool's weights: computed once, not for each article
	 * it is compared with.
	 */
	private final Map<Long, Double> norms = new HashMap<>();

	/**
	 * Which of its window's matchers this is: its weights are kept in the counts under
	 * it.
	 */
	private final long stamp;

	/**
	 * @param pool the articles of the days compared, whose words set the weights; the
	 * matcher is valid while the pool does not change (see
	 * {@link StoryPool.Window#matcher})
	 * @param stamp a number no other matcher of the pool's window has
	 */
	StoryMatcher(StoryPool.Window pool, long stamp) {
		this.pool = pool;
		this.poolSize = pool.size();
		this.stamp = stamp;
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
		// The window's counts of a's words and names, in their order: a shared word is
		// weighed from them, as in the norm, without looking it up in the corpus table
		// and the window.
		StoryPool.Member held = this.pool.held(a);
		StoryPool.Member counted = (held != null) ? held : this.pool.counted(a);
		double dot = dot(counted, held != null, b);
		List<Long> sharedNames = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.entityIds().length && j < b.entityIds().length) {
			long x = a.entityIds()[i];
			long y = b.entityIds()[j];
			if (x == y) {
				double weight = nameWeight(counted.names()[i].articles());
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
		// The cosine first: most pairs of the days fail it, and only the rest need their
		// title words counted, their days and places compared.
		boolean sameStory = similarity >= SAME_STORY + PER_DAY * effectiveGap
				&& (anchors(a, b) >= SAME_DAY_ANCHORS + ANCHORS_PER_DAY * gap
						+ ((similarity < WEAK_SIMILARITY) ? WEAK_SIMILARITY_ANCHORS : 0)
						|| sharedFigures(a, b) >= SHARED_FIGURES)
				&& !(gap > 0 && reportOtherDays(a, b)) && !Places.apart(a.titleTerms(), b.titleTerms())
				&& !(gap > 0 && a.sameOutlet(b) && similarity < SAME_OUTLET_OTHER_DAY);
		return new Match(similarity, gap, sameStory, sharedNames);
	}

	/**
	 * Whether two articles of different days report on different days: each names days
	 * and none in common. One region's daily count (4月2日0至24时, then 4月3日) or an outlet's
	 * daily column share their template and place; coverage of one event on a later day
	 * names the day it happened again (3月28日, 3·28).
	 */
	private static boolean reportOtherDays(ArticleFeatures a, ArticleFeatures b) {
		Set<LocalDate> aDays = a.reportedDays();
		Set<LocalDate> bDays = b.reportedDays();
		return !aDays.isEmpty() && !bDays.isEmpty() && Collections.disjoint(aDays, bDays);
	}

	/**
	 * How many words of either title both articles use that are not among the words news
	 * at large commonly uses ({@link TermFrequencies#common}). Not weighed by the pool:
	 * in the few articles of a small archive every shared word is rare, and in a large
	 * one a big story's own words are common among the days' articles.
	 */
	private int anchors(ArticleFeatures a, ArticleFeatures b) {
		int anchors = 0;
		for (String term : a.titleTerms()) {
			if (anchor(term, a, b)) {
				anchors++;
			}
		}
		for (String term : b.titleTerms()) {
			if (Arrays.binarySearch(a.titleTerms(), term) < 0 && anchor(term, a, b)) {
				anchors++;
			}
		}
		return anchors;
	}

	/**
	 * How many figures both openings report ({@link ArticleFeatures#figures}): from
	 * {@value #SHARED_FIGURES}, they stand in for the rare title words. Two reports of
	 * one event that word their titles apart (各地发行新增专项债券1.08万亿元, 财政部已提前下达新增地方政府专项债)
	 * repeat its figures, while one kind of report on two days shares its template, not
	 * its figures.
	 */
	private static int sharedFigures(ArticleFeatures a, ArticleFeatures b) {
		int shared = 0;
		for (String figure : a.figures()) {
			if (Arrays.binarySearch(b.figures(), figure) >= 0) {
				shared++;
			}
		}
		return shared;
	}

	private boolean anchor(String term, ArticleFeatures a, ArticleFeatures b) {
		return !this.corpus.common(term) && !STANDING_REPORT_WORDS.contains(term)
				&& Arrays.binarySearch(a.terms(), term) >= 0 && Arrays.binarySearch(b.terms(), term) >= 0
				&& !joinsCommonWordsInBothTitles(term, a, b);
	}

	/**
	 * Whether a Han bigram both titles use only joins two words news at large commonly
	 * uses, in each title: 醫急 of 送醫急救, 假旅 and 遊旺 of 暑假旅遊旺季. Bigrams are read across the
	 * boundaries of words, so such a pair is rare in the table while both of its words
	 * are common; two titles sharing a stock phrase (every rescue report's 送醫急救, the
	 * season's 暑假旅遊旺季) share nothing of one event. Read from the titles' sets of words,
	 * not their order: where a title uses a common word ending in its first character and
	 * one starting with its second.
	 */
	private boolean joinsCommonWordsInBothTitles(String term, ArticleFeatures a, ArticleFeatures b) {
		return term.length() == 2 && Arrays.binarySearch(a.titleTerms(), term) >= 0
				&& Arrays.binarySearch(b.titleTerms(), term) >= 0 && betweenCommonWords(term, a.titleTerms())
				&& betweenCommonWords(term, b.titleTerms());
	}

	private boolean betweenCommonWords(String bigram, String[] title) {
		boolean before = false;
		boolean after = false;
		for (String word : title) {
			if (word.length() == 2 && this.corpus.common(word)) {
				before |= word.charAt(1) == bigram.charAt(0);
				after |= word.charAt(0) == bigram.charAt(1);
			}
		}
		return before && after;
	}

	/**
	 * The words both articles use, folded: asked of the one match an article joins, not
	 * gathered for each candidate (growing those lists was a tenth of matching).
	 */
	static List<String> sharedTerms(ArticleFeatures a, ArticleFeatures b) {
		List<String> shared = new ArrayList<>();
		String[] aTerms = a.terms();
		String[] bTerms = b.terms();
		int i = 0;
		int j = 0;
		while (i < aTerms.length && j < bTerms.length) {
			int order = aTerms[i].compareTo(bTerms[j]);
			if (order == 0) {
				shared.add(aTerms[i]);
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
		return shared;
	}

	/**
	 * The weighted words both articles use: where the window holds both, read from the
	 * marks of a's counts on b's (the same words in the same order as merging their
	 * sorted words, so the same sum), else by merging.
	 * @param a the window's counts of a's words, in their order
	 * @param aHeld whether the window holds a
	 */
	private double dot(StoryPool.Member a, boolean aHeld, ArticleFeatures b) {
		StoryPool.Member held = aHeld ? this.pool.held(b) : null;
		if (held == null) {
			return dot(a.article().terms(), a.terms(), 1, b.terms())
					+ dot(a.article().titleTerms(), a.titleTerms(), TITLE_WEIGHT, b.titleTerms());
		}
		long mark = this.pool.mark(a);
		double terms = 0;
		for (StoryPool.Count count : held.terms()) {
			if (count.termMark == mark) {
				double weight = weight(count);
				terms += weight * weight;
			}
		}
		double titleTerms = 0;
		for (StoryPool.Count count : held.titleTerms()) {
			if (count.titleTermMark == mark) {
				double weight = TITLE_WEIGHT * weight(count);
				titleTerms += weight * weight;
			}
		}
		return terms + titleTerms;
	}

	/**
	 * @param aCounts the window's counts of a's words, in their order
	 * @param factor what a word's weight is multiplied by (a title's words count more)
	 */
	private double dot(String[] a, StoryPool.Count[] aCounts, double factor, String[] b) {
		double dot = 0;
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			int order = a[i].compareTo(b[j]);
			if (order == 0) {
				double weight = factor * weight(aCounts[i]);
				dot += weight * weight;
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

	/**
	 * From the window's counts of the article's words ({@link StoryPool.Count}), as
	 * {@link #match} weighs the words in common.
	 */
	private double norm(ArticleFeatures article) {
		StoryPool.Member counted = this.pool.counted(article);
		double norm = 0;
		for (StoryPool.Count count : counted.terms()) {
			double weight = weight(count);
			norm += weight * weight;
		}
		for (StoryPool.Count count : counted.titleTerms()) {
			double weight = TITLE_WEIGHT * weight(count);
			norm += weight * weight;
		}
		for (StoryPool.Count count : counted.names()) {
			double weight = nameWeight(count.articles());
			norm += weight * weight;
		}
		return norm;
	}

	/**
	 * A term's weight, computed once a matcher: the window does not change while it is
	 * valid, and a common word is weighed for every candidate using it.
	 */
	private double weight(StoryPool.Count count) {
		if (count.weighedBy != this.stamp) {
			count.weight = weight(count.corpus(), count.articles());
			count.weighedBy = this.stamp;
		}
		return count.weight;
	}

	/**
	 * @param corpusArticles articles of news at large using the term
	 * @param poolArticles articles of the pool using it
	 */
	private double weight(int corpusArticles, int poolArticles) {
		int articles = this.corpus.articles() + this.poolSize;
		int using = corpusArticles + Math.max(poolArticles, 1);
		return Math.log(1 + articles / (double) using);
	}

	private double nameWeight(int poolArticles) {
		return Math.log(1 + this.poolSize / (double) Math.max(poolArticles, 1));
	}

	/**
	 * @param similarity cosine of the two articles' weighted words and names, 0 to 1
	 * @param dayGap days apart, 0 where their dates overlap
	 * @param sameStory whether that is enough for one story
	 * @param sharedNames the entities both name
	 */
	record Match(double similarity, int dayGap, boolean sameStory, List<Long> sharedNames) {

	}

}
