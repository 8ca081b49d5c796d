package org.newsarchive.ingest;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One run of the importer and what became of each file in it. */
@Entity
@Table(name = "import_runs")
class ImportRun {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String origin;

	private Instant startedAt;

	private Instant finishedAt;

	private boolean interrupted;

	protected ImportRun() {
	}

	ImportRun(String origin, Instant startedAt) {
		this.origin = origin;
		this.startedAt = startedAt;
	}

	void finish(Instant at) {
		this.finishedAt = at;
	}

	/** The process running this import died; found out at the next start. */
	void markInterrupted(Instant foundAt) {
		this.finishedAt = foundAt;
		this.interrupted = true;
	}

	Long getId() {
		return this.id;
	}

	String getOrigin() {
		return this.origin;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	Instant getFinishedAt() {
		return this.finishedAt;
	}

	boolean isInterrupted() {
		return this.interrupted;
	}

}
