package org.newsarchive.article;

/** A person, organisation or place an article names, as the article page links to it. */
public record EntityRef(long id, String name, String type) {

}
