package org.newsarchive.article;

/** No kept file has the id asked for. */
public class RawDocumentNotFoundException extends RuntimeException {

	public RawDocumentNotFoundException(long id) {
		super("No kept file has the id " + id + ".");
	}

}
