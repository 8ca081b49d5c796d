package org.newsarchive.search;

/** The story a result is part of: {@code {id, title}} in JSON, as on article JSON. */
public record StoryLink(long id, String title) {

}
