package org.newsarchive.entity;

import java.util.List;
import java.util.Map;

import org.newsarchive.article.ArticleSummary;

/**
 * Everything the archive knows of one entity: the JSON of {@code /api/people/{id}} and
 * the person page.
 *
 * @param names every known name by script: {@code zh-Hans}, {@code zh-Hant}, {@code zh}
 * (the same in both) and {@code en}
 * @param roles the titles articles give it, each with the articles that give it
 * @param articles one page of the articles that name it, newest first
 * @param alongside the entities most often named in the same articles
 * @param months how many articles name it per month ({@code 2023-05})
 * @param articleCount how many articles name it in all
 * @param page which page of them {@code articles} is, from 1
 * @param size how many articles a page has
 */
public record EntityDetail(long id, String key, String name, EntityType type, String wikidataId, String description,
		Map<String, List<String>> names, List<Role> roles, List<Appearance> articles, List<EntitySummary> alongside,
		Map<String, Long> months, long articleCount, int page, int size) {

	/** The articles of this page as a page of the whole list. */
	public EntityPage<Appearance> articlePage() {
		return new EntityPage<>(this.articles, this.page, this.size, this.articleCount);
	}

	/**
	 * A title articles gave the entity, and which.
	 *
	 * @param articles the newest few of them
	 * @param articleCount how many in all
	 */
	public record Role(String role, List<ArticleRef> articles, long articleCount) {

	}

	public record ArticleRef(long id, String title) {

	}

	/**
	 * An article naming the entity.
	 *
	 * @param sentenceHtml the first sentence naming it, HTML-escaped, with its names in
	 * {@code <mark>}
	 */
	public record Appearance(ArticleSummary article, int count, String sentence, String sentenceHtml) {

	}

}
