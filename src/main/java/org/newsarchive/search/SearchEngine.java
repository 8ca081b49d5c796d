package org.newsarchive.search;

import java.util.List;

/**
 * Answers {@link SearchQuery searches}: the port each search engine implements, the
 * embedded Lucene index ({@link ArticleSearch}) and OpenSearch alike, so that the rest of
 * the application does not know which one runs.
 */
public interface SearchEngine {

	/**
	 * One page of results with facets over all matches.
	 * @throws InvalidQueryException if the text cannot be read as a query
	 */
	SearchResult search(SearchQuery query);

	/**
	 * The ids of every matching article in the request's order, however many there are;
	 * the request's page and size are ignored.
	 * @throws InvalidQueryException if the text cannot be read as a query
	 */
	List<Long> matchingIds(SearchQuery query);

}
