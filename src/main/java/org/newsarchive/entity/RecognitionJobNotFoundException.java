package org.newsarchive.entity;

/** No re-recognition job by that number since the portal started. */
public class RecognitionJobNotFoundException extends RuntimeException {

	public RecognitionJobNotFoundException(long id) {
		super("There is no recognition job " + id + ".");
	}

}
