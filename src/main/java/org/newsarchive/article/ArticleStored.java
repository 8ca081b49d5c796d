package org.newsarchive.article;

/**
 * An article was created or replaced by a newer copy; published inside the storing
 * transaction.
 */
public record ArticleStored(long articleId, long revision) {

}
