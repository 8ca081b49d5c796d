package org.newsarchive.search;

/** {@link SearchExportTests} (exports) with OpenSearch as the search engine. */
@OnOpenSearch
class OpenSearchExportTests extends SearchExportTests {

}
