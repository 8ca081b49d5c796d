package org.newsarchive.ingest;

import java.time.Instant;

/**
 * An import of a folder on the server, run in the background, as {@code GET
 * /api/admin/import-jobs/{id}} answers it.
 *
 * @param id the job's number, the same on every portal instance on the database
 * @param path the folder or file, as found on the server
 * @param state where the job is
 * @param files files done so far and in all (counted before the first is read)
 * @param articles what became of the articles so far
 * @param startedAt when it started running, or null while queued
 * @param finishedAt when it ended, or null while it is queued or running
 * @param articlesPerSecond articles done per second of running
 * @param error why it failed, or null
 */
public record ImportJob(long id, String path, State state, Files files, Articles articles, Instant startedAt,
		Instant finishedAt, double articlesPerSecond, String error) {

	/** Where a job is. */
	public enum State {

		/** Waiting for the job before it: jobs run one at a time. */
		QUEUED,
		/** Importing. */
		RUNNING,
		/** Every file imported, rejected ones included. */
		DONE,
		/** Stopped by an administrator between two files. */
		CANCELLED,
		/**
		 * Stopped by an error: the folder could no longer be read, or the database
		 * failed.
		 */
		FAILED,
		/**
		 * Cut short because the portal instance running it ended (killed, or cut off from
		 * the database) before it finished.
		 */
		INTERRUPTED;

		/** Whether the job is over. */
		public boolean ended() {
			return this == DONE || this == CANCELLED || this == FAILED || this == INTERRUPTED;
		}

	}

	/** Files done and in all. */
	public record Files(long done, long total) {

	}

	/** Articles by what became of them. */
	public record Articles(long created, long updated, long unchanged, long rejected) {

	}

}
