package org.newsarchive.source;

/** No source has the slug asked for. */
public class SourceNotFoundException extends RuntimeException {

	public SourceNotFoundException(String slug) {
		super("No source has the slug '" + slug + "'.");
	}

}
