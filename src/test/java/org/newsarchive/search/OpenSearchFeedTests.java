package org.newsarchive.search;

/** {@link SearchFeedTests} (feeds) with OpenSearch as the search engine. */
@OnOpenSearch
class OpenSearchFeedTests extends SearchFeedTests {

}
