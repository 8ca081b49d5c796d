package org.newsarchive.search;

import java.util.List;
import java.util.OptionalLong;

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

	/**
	 * A number that changes whenever what the next search reads changes (an article
	 * indexed, changed or removed), so that an answer kept under it is never stale; empty
	 * where the engine cannot tell without a round trip, and then no answer is kept.
	 */
	default OptionalLong generation() {
		return OptionalLong.empty();
	}

	/**
	 * Makes the next search see every write that returned, where searches may lag behind
	 * the writes (the embedded index during an import): after an administrator's change.
	 */
	default void showEverythingWritten() {
	}

}
