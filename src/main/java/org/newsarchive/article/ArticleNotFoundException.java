package org.newsarchive.article;

/** No article has the id asked for. */
public class ArticleNotFoundException extends RuntimeException {

	public ArticleNotFoundException(long id) {
		super("No article has the id " + id + ".");
	}

}
