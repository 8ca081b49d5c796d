package org.newsarchive.story;

/** How an article or a list names its story: {@code {id, title}} in JSON. */
public record StoryRef(long id, String title) {

}
