package org.newsarchive.search;

/**
 * {@link BoundedFacetsTests} (facets as aggregations) with OpenSearch as the search
 * engine.
 */
@OnOpenSearch
class OpenSearchBoundedFacetsTests extends BoundedFacetsTests {

}
