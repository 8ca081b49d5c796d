package org.newsarchive.entity;

/** A curation that cannot be done, with the reason. */
public class CurationException extends RuntimeException {

	public CurationException(String reason) {
		super(reason);
	}

}
