/**
 * Ingestion: turns a file's bytes into text and reads the text, in whichever known format
 * it is, into a cleaned {@link org.newsarchive.article.ParsedArticle}.
 */
package org.newsarchive.ingest;
