package org.newsarchive.article;

/** What storing a parsed article did. */
public record StoreOutcome(long articleId, boolean created) {

}
