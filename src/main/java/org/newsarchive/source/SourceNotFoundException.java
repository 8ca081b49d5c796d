package org.newsarchive.source;

/** No source has the slug, or the id, asked for. */
public class SourceNotFoundException extends RuntimeException {

	public SourceNotFoundException(String slug) {
		super("No source has the slug '" + slug + "'.");
	}

	public SourceNotFoundException(long id) {
		super("No source has the id " + id + ".");
	}

}
