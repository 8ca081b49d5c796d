package org.newsarchive.story;

import java.time.LocalDate;
import java.util.List;

/**
 * Where story assignment keeps articles' features and stories: PostgreSQL in the archive,
 * memory in measurements.
 */
interface StoryStore {

	void saveFeatures(ArticleFeatures features);

	/**
	 * The articles whose publication may fall between the two days, both included, as
	 * they are now, with their statistics.
	 */
	StoryPool.Window pool(LocalDate from, LocalDate to);

	/**
	 * The other articles whose text the given article's repeats: those whose signature
	 * shares at least one band with its and is at least {@link StoryMatcher#SAME_TEXT}
	 * alike, by ascending id. The archive may follow a band shared by very many articles
	 * to its newest alone.
	 */
	List<ArticleFeatures> copiesOf(ArticleFeatures article);

	/**
	 * Whether one article was published before another: by the earliest time its date
	 * allows, undated ones last, then by id.
	 */
	boolean publishedBefore(long articleId, long otherId);

	/**
	 * Makes an article the first appearance of a text in place of another: the other and
	 * its near-duplicates become near-duplicates of it.
	 */
	void refold(long firstAppearance, long newFirstAppearance);

	/** The article's place in a story, or null where it has none. */
	Membership membership(long articleId);

	/** A new story holding the given article as its first. */
	long createStory(long firstArticleId);

	/** Puts the article into the story (out of any other) with the reason found. */
	void join(long storyId, Placement placement);

	/**
	 * Takes the article out of its story; a story left with one article and no
	 * administrator's decision is dissolved.
	 */
	void leave(long articleId);

	/**
	 * @param pinned true where an administrator put the article there
	 */
	record Membership(long storyId, Long duplicateOf, boolean pinned) {

	}

	/**
	 * Where an article goes and why.
	 *
	 * @param sharedNames ids of the entities both articles name
	 */
	record Placement(long articleId, Long joinedTo, Long duplicateOf, double similarity, List<Long> sharedNames,
			List<String> sharedPhrases, Integer dayGap) {

	}

}
