package org.newsarchive.article;

/** A list of articles asked for with filters that cannot hold, with the reason. */
public class InvalidFilterException extends RuntimeException {

	public InvalidFilterException(String reason) {
		super(reason);
	}

}
