package org.newsarchive.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsarchive.article.MonthCounts;
import org.newsarchive.article.Published;
import org.newsarchive.source.SourceRef;

/**
 * The answer of {@code /api/search}.
 *
 * @param facets each facet's most frequent values, the months all
 * @param alsoSearched other names of the person the query named, searched as well
 * @param moreFacets the facets that have more values than they list, in the order of
 * {@code facets}: ask for one with {@code more=} its name
 */
public record SearchResponse(long total, int page, int size, long tookMs, List<Item> items,
		Map<String, List<Facet>> facets, List<String> alsoSearched, List<String> moreFacets) {

	public int pages() {
		return (int) Math.min((this.total + this.size - 1) / this.size, SearchQuery.MAX_DEPTH / this.size);
	}

	/** The results dated to a month, by month, for the chart. */
	public MonthCounts monthCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.facets.getOrDefault("month", List.of()).forEach((facet) -> counts.put(facet.key(), facet.count()));
		return MonthCounts.of(counts);
	}

	/** How many results are dated only to a year, or not at all, and so have no month. */
	public long withoutMonth() {
		return this.total - monthCounts().inMonths();
	}

	/**
	 * A result.
	 *
	 * @param story the story it is part of, or null
	 * @param moreInStory in results grouped by story, how many more results of its story
	 * come from other outlets; 0 otherwise
	 */
	public record Item(long id, String title, String otherTitle, SourceRef source, Published published, String snippet,
			String url, String language, StoryLink story, int moreInStory) {

	}

	public record Facet(String key, String label, long count) {

	}

}
