package org.newsarchive.story;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts an article into a story: with the text it repeats if it repeats one, else with the
 * article of the same days most alike as a report of the same event, else into none. Only
 * the articles of those days sharing a rare word or name with it are compared (see
 * {@link StoryPool#RARE}). The same articles in the same order always give the same
 * stories: ties go to the lower id. An article an administrator pinned stays where it was
 * put.
 */
final class StoryAssigner {

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
		StoryStore.Placement placement = (sameText != null) ? sameText.placement() : null;
		if (placement == null) {
			placement = sameStory(article, phrasesSharing);
		}
		if (placement == null) {
			if (current != null) {
				this.store.leave(article.articleId());
			}
			return;
		}
		StoryStore.Membership theirs = this.store.membership(placement.joinedTo());
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

	private StoryStore.Placement sameStory(ArticleFeatures article,
			Function<Set<String>, List<String>> phrasesSharing) {
		if (article.firstDay() == null) {
			return null;
		}
		StoryPool.Window pool = this.store.pool(article.firstDay().minusDays(StoryMatcher.WINDOW_DAYS),
				article.lastDay().plusDays(StoryMatcher.WINDOW_DAYS));
		StoryMatcher matcher = pool.matcher();
		ArticleFeatures best = null;
		StoryMatcher.Match bestMatch = null;
		for (ArticleFeatures other : pool.candidates(article)) {
			StoryMatcher.Match match = matcher.match(article, other);
			if (match != null && match.sameStory()
					&& (bestMatch == null || match.similarity() > bestMatch.similarity())) {
				best = other;
				bestMatch = match;
			}
		}
		if (best == null) {
			return null;
		}
		return new StoryStore.Placement(article.articleId(), best.articleId(), null, bestMatch.similarity(),
				bestMatch.sharedNames(), phrasesSharing.apply(Set.copyOf(StoryMatcher.sharedTerms(article, best))),
				bestMatch.dayGap());
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
