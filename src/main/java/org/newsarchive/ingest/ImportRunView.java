package org.newsarchive.ingest;

import java.time.Instant;
import java.util.List;

/**
 * A past import run with each file's result.
 *
 * @param origin where the files came from ({@code startup:seeds}, {@code upload})
 */
public record ImportRunView(long id, String origin, Instant startedAt, Instant finishedAt, List<Entry> files) {

	/**
	 * One file of the run.
	 *
	 * @param rawDocumentId the kept original, for reading a rejected file as it arrived
	 */
	public record Entry(String file, ImportStatus status, Long articleId, List<String> warnings, String error,
			Long rawDocumentId) {

	}

}
