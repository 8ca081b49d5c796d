package org.newsarchive.search;

import java.util.List;
import java.util.Map;

import org.newsarchive.article.Published;
import org.newsarchive.source.SourceRef;

/**
 * The answer of {@code /api/search}.
 *
 * @param alsoSearched other names of the person the query named, searched as well
 */
public record SearchResponse(long total, int page, int size, long tookMs, List<Item> items,
		Map<String, List<Facet>> facets, List<String> alsoSearched) {

	public int pages() {
		return (int) Math.min((this.total + this.size - 1) / this.size, SearchQuery.MAX_DEPTH / this.size);
	}

	public record Item(long id, String title, String otherTitle, SourceRef source, Published published, String snippet,
			String url, String language) {

	}

	public record Facet(String key, String label, long count) {

	}

}
