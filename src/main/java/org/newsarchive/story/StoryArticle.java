package org.newsarchive.story;

import java.util.List;

import org.newsarchive.article.ArticleSummary;

/**
 * One article of a story's coverage, with its title, date and lede in its own script.
 *
 * @param reason why it is in the story
 * @param sameText its near-duplicates, folded under it as the first appearance of the
 * text
 */
public record StoryArticle(ArticleSummary article, StoryReason reason, List<StoryArticle> sameText) {

	public StoryArticle {
		sameText = List.copyOf(sameText);
	}

}
