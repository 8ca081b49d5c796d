package org.newsarchive.search;

/**
 * A search request the archive cannot run, with a message written for the reader (the web
 * layer shows it as a 400 answer).
 */
public class InvalidQueryException extends RuntimeException {

	public InvalidQueryException(String message) {
		super(message);
	}

}
