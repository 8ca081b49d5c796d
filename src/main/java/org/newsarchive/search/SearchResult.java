package org.newsarchive.search;

import java.util.List;

/**
 * One page of search results and the facets of the whole result set.
 *
 * @param total how many articles match
 * @param page the 1-based page number
 * @param size the page size asked for
 * @param tookMs how long the search took
 * @param hits the articles on this page, in order
 * @param facets counts over all matching articles, not just this page
 */
public record SearchResult(long total, int page, int size, long tookMs, List<Hit> hits, Facets facets) {

	public SearchResult {
		hits = List.copyOf(hits);
	}

	/**
	 * One matching article.
	 *
	 * @param id the article id
	 * @param score its relevance score (1 when browsing)
	 * @param snippet HTML: text in the article's own script, escaped, with matches in
	 * {@code <mark>}; the start of the lede or body when no match can be shown
	 */
	public record Hit(long id, float score, String snippet) {

	}

	/**
	 * Counts per facet value. Sources, languages and people are ordered by count (then
	 * key), months chronologically. An article dated only to a year, or undated, has no
	 * month.
	 *
	 * @param source by source slug
	 * @param month by {@code 2023-05}
	 * @param language by language tag ({@code zh-Hans}, {@code en}); a bilingual article
	 * counts in each
	 * @param person by person id
	 */
	public record Facets(List<FacetCount> source, List<FacetCount> month, List<FacetCount> language,
			List<FacetCount> person) {

		public Facets {
			source = List.copyOf(source);
			month = List.copyOf(month);
			language = List.copyOf(language);
			person = List.copyOf(person);
		}

	}

	/**
	 * How many matching articles have one facet value.
	 *
	 * @param key the value
	 * @param count how many
	 */
	public record FacetCount(String key, long count) {

	}

}
