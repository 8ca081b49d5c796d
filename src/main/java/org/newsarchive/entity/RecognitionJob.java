package org.newsarchive.entity;

import java.time.Instant;

/**
 * A re-recognition of the whole archive's people, run in the background, as {@code GET
 * /api/admin/recognition-jobs/{id}} answers it.
 *
 * @param id the job's number, counted from 1 since the portal started
 * @param state where the job is
 * @param articles articles done so far and in all (counted when the job starts)
 * @param startedAt when it started running, or null while queued
 * @param finishedAt when it ended, or null while it is queued or running
 * @param articlesPerSecond articles done per second of running
 * @param error why it failed, or null
 */
public record RecognitionJob(long id, State state, Articles articles, Instant startedAt, Instant finishedAt,
		double articlesPerSecond, String error) {

	/** Where a job is. */
	public enum State {

		/** Waiting for the job before it: jobs run one at a time. */
		QUEUED,
		/** Recognising. */
		RUNNING,
		/** Every article recognised again. */
		DONE,
		/** Stopped by an administrator between two batches. */
		CANCELLED,
		/** Stopped by an error; the batches before it are kept. */
		FAILED;

		/** Whether the job is over. */
		public boolean ended() {
			return this == DONE || this == CANCELLED || this == FAILED;
		}

	}

	/** Articles done and in all. */
	public record Articles(long done, long total) {

	}

}
