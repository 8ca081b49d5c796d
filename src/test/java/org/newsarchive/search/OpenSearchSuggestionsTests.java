package org.newsarchive.search;

/**
 * {@link SearchSuggestionsTests} (suggestions and month chart) with OpenSearch as the
 * search engine.
 */
@OnOpenSearch
class OpenSearchSuggestionsTests extends SearchSuggestionsTests {

}
