package org.newsarchive.story;

/** An administrator's change to stories that cannot be made as asked. */
public class StoryCurationException extends RuntimeException {

	public StoryCurationException(String message) {
		super(message);
	}

}
