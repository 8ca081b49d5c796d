package org.newsarchive.search;

/**
 * {@link SearchIndexConsistencyTests} (reconciliation and rebuilds) with OpenSearch as
 * the search engine.
 */
@OnOpenSearch
class OpenSearchIndexConsistencyTests extends SearchIndexConsistencyTests {

}
