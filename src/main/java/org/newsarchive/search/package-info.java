/**
 * The Lucene index of articles, derived from PostgreSQL and rebuildable at any time:
 * Chinese and English analysis, query parsing, filters, facets, highlighted snippets, the
 * search page and API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.newsarchive.search;
