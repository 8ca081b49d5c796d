/**
 * The Lucene index of articles: Chinese and English analysis, indexing, query parsing,
 * filters, facets and highlighted snippets. It knows nothing of the web or the database.
 */
package org.newsarchive.search;
