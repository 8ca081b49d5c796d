package org.newsarchive.article;

/**
 * The first and the last publication among some articles, each at its own precision; null
 * where none of them is dated.
 */
public record PublicationSpan(Published earliest, Published latest) {

}
