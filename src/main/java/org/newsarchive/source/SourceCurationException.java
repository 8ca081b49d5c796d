package org.newsarchive.source;

/** A rename or merge of sources an administrator asked for that cannot be done. */
public class SourceCurationException extends RuntimeException {

	public SourceCurationException(String message) {
		super(message);
	}

}
