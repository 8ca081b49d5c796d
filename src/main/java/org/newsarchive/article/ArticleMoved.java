package org.newsarchive.article;

/**
 * An article now belongs to another source, its content as it was; published inside the
 * transaction that moved it. Its index entry is rewritten; who it names is unchanged.
 */
public record ArticleMoved(long articleId, long revision) {

}
