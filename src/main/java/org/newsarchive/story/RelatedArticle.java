package org.newsarchive.story;

import java.util.List;

import org.newsarchive.article.ArticleSummary;

/**
 * An article about the same people or subject as a story but not part of it, such as an
 * earlier visit by the same people.
 *
 * @param story the story it belongs to, or null where it stands alone
 * @param sharedPeople the people, organisations and places it shares with the story
 */
public record RelatedArticle(ArticleSummary article, StoryRef story, List<String> sharedPeople) {

	public RelatedArticle {
		sharedPeople = List.copyOf(sharedPeople);
	}

}
