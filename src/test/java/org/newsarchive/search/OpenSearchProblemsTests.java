package org.newsarchive.search;

/** {@link SearchProblemsTests} with OpenSearch as the search engine. */
@OnOpenSearch
class OpenSearchProblemsTests extends SearchProblemsTests {

}
