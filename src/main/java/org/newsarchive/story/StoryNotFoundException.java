package org.newsarchive.story;

/** No story has the id asked for. */
public class StoryNotFoundException extends RuntimeException {

	public StoryNotFoundException(long id) {
		super("No story has the id " + id + ".");
	}

}
