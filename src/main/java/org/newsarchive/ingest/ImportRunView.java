package org.newsarchive.ingest;

import java.time.Instant;
import java.util.List;

/**
 * A past import run with each file's result.
 *
 * @param origin where the files came from ({@code startup:seeds}, {@code upload},
 * {@code recovery})
 * @param interrupted the process died during the run; the files it had not finished were
 * imported again by a {@code recovery} run at the next start
 * @param files the first files of the run, in their order: a run may hold millions
 * @param fileCount how many files the run holds in all
 */
public record ImportRunView(long id, String origin, Instant startedAt, Instant finishedAt, boolean interrupted,
		List<Entry> files, long fileCount) {

	/**
	 * One file of the run.
	 *
	 * @param rawDocumentId the kept original, for reading a rejected file as it arrived
	 */
	public record Entry(String file, ImportStatus status, Long articleId, List<String> warnings, String error,
			Long rawDocumentId) {

	}

}
