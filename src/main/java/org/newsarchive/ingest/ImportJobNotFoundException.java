package org.newsarchive.ingest;

/** No import job by that number since the portal started. */
public class ImportJobNotFoundException extends RuntimeException {

	ImportJobNotFoundException(long id) {
		super("There is no import job " + id + ".");
	}

}
