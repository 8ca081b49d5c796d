package org.newsarchive.web;

import java.util.HashMap;
import java.util.Map;

import org.newsarchive.article.ArticleSummary;
import org.newsarchive.story.StoryDetail;

/**
 * A story laid out for its page: the story, and its articles by id so that an article's
 * reason can name the article it was found alike.
 */
public record StoryPage(StoryDetail story, Map<Long, ArticleSummary> articles) {

	static StoryPage of(StoryDetail story) {
		Map<Long, ArticleSummary> articles = new HashMap<>();
		story.timeline().forEach((entry) -> {
			articles.put(entry.article().id(), entry.article());
			entry.sameText().forEach((copy) -> articles.put(copy.article().id(), copy.article()));
		});
		return new StoryPage(story, Map.copyOf(articles));
	}

	/** The article of this story with an id, or null where it is not in it. */
	public ArticleSummary article(Long id) {
		return (id != null) ? this.articles.get(id) : null;
	}

	/** How alike two texts are, as a whole percentage. */
	public long percent(Double similarity) {
		return Math.round(similarity * 100);
	}

}
