package org.newsarchive.article;

/**
 * An article was created or replaced by a newer copy; published inside the storing
 * transaction.
 *
 * @param parsed the content it was stored with, so that listeners need not read it back
 */
public record ArticleStored(long articleId, long revision, ParsedArticle parsed) {

}
