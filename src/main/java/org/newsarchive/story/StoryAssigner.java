package org.newsarchive.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts an article into a story: with the text it repeats if it repeats one, else with the
 * article of the same days most alike as a report of the same event whose story it also
 * matches well enough ({@link #SHARE}), else into none. Only the articles of those days
 * sharing a rare word or name with it are compared (see {@link StoryPool#RARE}). The same
 * articles in the same order always give the same stories: ties go to the lower id. An
 * article an administrator pinned stays where it was put.
 */
final class StoryAssigner {

	/**
	 * The least share of a story's articles of the newcomer's days that it must match to
	 * join that story through one of them. Joining through the one most alike article
	 * alone let a story drift one link at a time to the next day's market report or the
	 * next turn of a wider subject (docs/benchmarks.md, "chains of single links"); chosen
	 * on seven labelled sets.
	 */
	static final double SHARE = 0.25;

	private final StoryStore store;

	StoryAssigner(StoryStore store) {
		this.store = store;
	}

	/**
	 * @param phrasesSharing the phrases of the article's opening made of the given shared
	 * words, to explain a decision
	 */
	void assign(ArticleFeatures article, Function<Set<String>, List<String>> phrasesSharing) {
		StoryStore.Membership current = this.store.membership(article.articleId());
		if (current != null && current.pinned()) {
			return;
		}
		SameText sameText = sameText(article);
		Joining joining = (sameText != null)
				? new Joining(sameText.placement(), this.store.membership(sameText.placement().joinedTo()))
				: sameStory(article, phrasesSharing);
		if (joining == null) {
			if (current != null) {
				this.store.leave(article.articleId());
			}
			return;
		}
		StoryStore.Placement placement = joining.placement();
		StoryStore.Membership theirs = joining.theirs();
		long storyId = (theirs != null) ? theirs.storyId() : this.store.createStory(placement.joinedTo());
		if (current != null && current.storyId() != storyId) {
			this.store.leave(article.articleId());
		}
		this.store.join(storyId, placement);
		if (sameText != null && sameText.supersedes() != null) {
			// Once in the story: a first appearance that was alone had no place in one.
			this.store.refold(sameText.supersedes(), article.articleId());
		}
	}

	private SameText sameText(ArticleFeatures article) {
		ArticleFeatures best = null;
		double bestSimilarity = 0;
		for (ArticleFeatures other : this.store.copiesOf(article)) {
			double similarity = MinHash.similarity(article.signature(), other.signature());
			if (similarity > bestSimilarity || (similarity == bestSimilarity && other.articleId() < best.articleId())) {
				best = other;
				bestSimilarity = similarity;
			}
		}
		if (best == null) {
			return null;
		}
		StoryStore.Membership theirs = this.store.membership(best.articleId());
		long firstAppearance = (theirs != null && theirs.duplicateOf() != null) ? theirs.duplicateOf()
				: best.articleId();
		Long duplicateOf = firstAppearance;
		Long supersedes = null;
		if (firstAppearance == article.articleId()) {
			// Assigned again (a new revision): it stays the first appearance.
			duplicateOf = null;
		}
		else if (this.store.publishedBefore(article.articleId(), firstAppearance)) {
			// An earlier copy imported later (an older archive, a late feed) is where the
			// text first appeared: the copies fold under it from now on.
			duplicateOf = null;
			supersedes = firstAppearance;
		}
		return new SameText(new StoryStore.Placement(article.articleId(), best.articleId(), duplicateOf, bestSimilarity,
				shared(article.entityIds(), best.entityIds()), List.of(), article.dayGap(best)), supersedes);
	}

	private Joining sameStory(ArticleFeatures article, Function<Set<String>, List<String>> phrasesSharing) {
		if (article.firstDay() == null) {
			return null;
		}
		StoryPool.Window pool = this.store.pool(article.firstDay().minusDays(StoryMatcher.WINDOW_DAYS),
				article.lastDay().plusDays(StoryMatcher.WINDOW_DAYS));
		StoryMatcher matcher = pool.matcher();
		Map<Long, Matched> matching = new LinkedHashMap<>();
		for (ArticleFeatures other : pool.candidates(article)) {
			StoryMatcher.Match match = matcher.match(article, other);
			if (match != null && match.sameStory()) {
				matching.put(other.articleId(), new Matched(other, match));
			}
		}
		// Most alike first; the sort keeps equals by ascending id, as the candidates
		// came.
		List<Matched> mostAlikeFirst = new ArrayList<>(matching.values());
		mostAlikeFirst.sort(Comparator.comparingDouble((Matched matched) -> matched.match().similarity()).reversed());
		for (Matched best : mostAlikeFirst) {
			StoryStore.Membership theirs = this.store.membership(best.article().articleId());
			if (theirs == null || matchesEnoughOf(theirs.storyId(), article, matching.keySet(), pool)) {
				StoryMatcher.Match match = best.match();
				return new Joining(new StoryStore.Placement(article.articleId(), best.article().articleId(), null,
						match.similarity(), match.sharedNames(),
						phrasesSharing.apply(Set.copyOf(StoryMatcher.sharedTerms(article, best.article()))),
						match.dayGap()), theirs);
			}
		}
		return null;
	}

	/**
	 * Whether the article matches at least {@link #SHARE} of the story's articles of its
	 * days.
	 */
	private boolean matchesEnoughOf(long storyId, ArticleFeatures article, Set<Long> matching, StoryPool.Window pool) {
		int ofTheseDays = 0;
		int matched = 0;
		for (long member : this.store.members(storyId)) {
			if (member != article.articleId() && pool.holds(member)) {
				ofTheseDays++;
				matched += matching.contains(member) ? 1 : 0;
			}
		}
		return matched >= SHARE * ofTheseDays;
	}

	private record Matched(ArticleFeatures article, StoryMatcher.Match match) {

	}

	/**
	 * @param theirs the story of the article joined, null where it is in none yet
	 */
	private record Joining(StoryStore.Placement placement, StoryStore.Membership theirs) {

	}

	/**
	 * @param supersedes the first appearance of the text until now, where the article was
	 * published before it; else null
	 */
	private record SameText(StoryStore.Placement placement, Long supersedes) {

	}

	private static List<Long> shared(long[] a, long[] b) {
		Set<Long> theirs = Arrays.stream(b).boxed().collect(Collectors.toSet());
		return Arrays.stream(a).filter(theirs::contains).boxed().toList();
	}

}
