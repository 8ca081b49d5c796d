package org.newsarchive.search;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * A search as a reader or a script asks for it: the parameters of {@code /search} and
 * {@code /api/search}. Every state of the search page is one of these, and so a URL.
 */
public record SearchRequest(String q, Set<String> source, LocalDate from, LocalDate to, Set<Long> person, String lang,
		String sort, Integer page, Integer size, Long story, String group) {

	public SearchRequest {
		source = (source != null) ? Set.copyOf(source) : Set.of();
		person = (person != null) ? Set.copyOf(person) : Set.of();
	}

	/**
	 * The query for these words.
	 * @param storyArticles the articles of the story asked for, or null where none is
	 */
	SearchQuery toQuery(String text, Set<Long> storyArticles) {
		return new SearchQuery(text, this.source, this.from, this.to, blankToNull(this.lang), this.person, sortOrNull(),
				(this.page != null) ? this.page : 1, (this.size != null) ? this.size : SearchQuery.DEFAULT_SIZE,
				storyArticles);
	}

	/**
	 * Whether the results are grouped by story, one result per story.
	 * @throws InvalidQueryException for a grouping other than {@code story}
	 */
	public boolean groupedByStory() {
		String grouping = blankToNull(this.group);
		if (grouping == null) {
			return false;
		}
		if (!grouping.equalsIgnoreCase("story")) {
			throw new InvalidQueryException("Results are grouped by story or not at all, not by '" + this.group + "'.");
		}
		return true;
	}

	/**
	 * The first page of this search, newest first unless another order is asked for: what
	 * its feed shows.
	 */
	public SearchRequest firstPageNewestFirst() {
		String order = (this.sort == null || this.sort.isBlank()) ? SearchQuery.Sort.NEWEST.name() : this.sort;
		return new SearchRequest(this.q, this.source, this.from, this.to, this.person, this.lang, order, 1, this.size,
				this.story, null);
	}

	/** This search without paging: what an export covers. */
	public SearchRequest allPages() {
		return new SearchRequest(this.q, this.source, this.from, this.to, this.person, this.lang, this.sort, null, null,
				this.story, null);
	}

	/** Whether anything narrows the results besides the words. */
	public boolean filtered() {
		return !this.source.isEmpty() || this.from != null || this.to != null || !this.person.isEmpty()
				|| blankToNull(this.lang) != null || this.story != null;
	}

	private SearchQuery.Sort sortOrNull() {
		if (this.sort == null || this.sort.isBlank()) {
			return null;
		}
		try {
			return SearchQuery.Sort.valueOf(this.sort.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidQueryException("Sort by relevance, newest or oldest, not '" + this.sort + "'.");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
