package org.newsarchive.search;

/**
 * {@link SearchSnippetEscapingTests} (escaped snippets) with OpenSearch as the search
 * engine.
 */
@OnOpenSearch
class OpenSearchSnippetEscapingTests extends SearchSnippetEscapingTests {

}
