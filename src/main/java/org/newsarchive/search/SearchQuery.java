package org.newsarchive.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search request.
 * <p>
 * <b>Text</b>: words must all occur (in any field, in either script or language);
 * {@code "a phrase"} must occur as written; {@code -word} excludes; {@code OR} between
 * two words accepts either; parentheses group. A run of Chinese characters without spaces
 * is a phrase: {@code 岸田文雄} matches those four characters together, never scattered.
 * {@code offic*} matches word beginnings. Anything else (a colon, brackets, {@code ~},
 * {@code ^}) is read as plain text. Blank text browses everything that passes the
 * filters.
 * <p>
 * <b>Dates</b> ({@code from}, {@code to}, both inclusive, either may be null): an article
 * matches when the period its publication date stands for <em>overlaps</em> the range. An
 * article dated only to 2023 covers 1 January to 31 December 2023 and so matches any
 * range that touches 2023; one dated to May 2023 matches any range that touches May. A
 * time counts on the calendar day it shows in its own offset. Undated articles match no
 * range.
 * <p>
 * <b>Languages</b>: {@code lang} is a tag such as {@code zh-Hans}, {@code zh-Hant},
 * {@code en}, or {@code zh} for both Chinese scripts. A bilingual article matches each of
 * its languages.
 * <p>
 * <b>Sources</b> match any of the given slugs; <b>people</b> must all be mentioned.
 *
 * @param text the query text, may be null or blank
 * @param sources source slugs, empty for all
 * @param from first day, or null
 * @param to last day, or null
 * @param lang a language tag, or null for all
 * @param personIds ids of people the article must mention, empty for all
 * @param sort the order, or null for the default: relevance with text, oldest first
 * without
 * @param page 1-based page number
 * @param size hits per page, 1 to {@value #MAX_SIZE}; page times size may not exceed
 * {@value #MAX_DEPTH}
 * @param articleIds the only articles that may match (a story's), or null for any
 */
public record SearchQuery(String text, Set<String> sources, LocalDate from, LocalDate to, String lang,
		Set<Long> personIds, Sort sort, int page, int size, Set<Long> articleIds) {

	public static final int MAX_SIZE = 100;

	public static final int MAX_DEPTH = 10_000;

	public static final int DEFAULT_SIZE = 20;

	public SearchQuery {
		sources = (sources != null) ? Set.copyOf(sources) : Set.of();
		personIds = (personIds != null) ? Set.copyOf(personIds) : Set.of();
		articleIds = (articleIds != null) ? Set.copyOf(articleIds) : null;
		if (page < 1) {
			throw new InvalidQueryException("The page number starts at 1.");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidQueryException("A page holds from 1 to " + MAX_SIZE + " results.");
		}
		if ((long) page * size > MAX_DEPTH) {
			throw new InvalidQueryException("Only the first " + MAX_DEPTH
					+ " results can be paged through; narrow the search with more words or filters.");
		}
		for (LocalDate day : new LocalDate[] { from, to }) {
			if (day != null && (day.getYear() < 1 || day.getYear() > 9999)) {
				throw new InvalidQueryException("Dates run from the year 1 to 9999, not " + day + ".");
			}
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidQueryException("The start date " + from + " is after the end date " + to + ".");
		}
	}

	/** The first page of results for a text, without filters. */
	public static SearchQuery text(String text) {
		return new SearchQuery(text, Set.of(), null, null, null, Set.of(), null, 1, DEFAULT_SIZE, null);
	}

	public SearchQuery withSources(Set<String> sources) {
		return new SearchQuery(this.text, sources, this.from, this.to, this.lang, this.personIds, this.sort, this.page,
				this.size, this.articleIds);
	}

	public SearchQuery withDates(LocalDate from, LocalDate to) {
		return new SearchQuery(this.text, this.sources, from, to, this.lang, this.personIds, this.sort, this.page,
				this.size, this.articleIds);
	}

	public SearchQuery withLang(String lang) {
		return new SearchQuery(this.text, this.sources, this.from, this.to, lang, this.personIds, this.sort, this.page,
				this.size, this.articleIds);
	}

	public SearchQuery withPersonIds(Set<Long> personIds) {
		return new SearchQuery(this.text, this.sources, this.from, this.to, this.lang, personIds, this.sort, this.page,
				this.size, this.articleIds);
	}

	public SearchQuery withSort(Sort sort) {
		return new SearchQuery(this.text, this.sources, this.from, this.to, this.lang, this.personIds, sort, this.page,
				this.size, this.articleIds);
	}

	public SearchQuery withPage(int page, int size) {
		return new SearchQuery(this.text, this.sources, this.from, this.to, this.lang, this.personIds, this.sort, page,
				size, this.articleIds);
	}

	public SearchQuery withArticleIds(Set<Long> articleIds) {
		return new SearchQuery(this.text, this.sources, this.from, this.to, this.lang, this.personIds, this.sort,
				this.page, this.size, articleIds);
	}

	/** Whether the request has words to search for, rather than browsing. */
	public boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	/** The order to use: the requested one, or the default for the request. */
	public Sort effectiveSort() {
		if (!hasText()) {
			// Without words every score is equal, so relevance would be an arbitrary
			// order.
			return (this.sort == null || this.sort == Sort.RELEVANCE) ? Sort.OLDEST : this.sort;
		}
		return (this.sort != null) ? this.sort : Sort.RELEVANCE;
	}

	public enum Sort {

		RELEVANCE, NEWEST, OLDEST

	}

}
