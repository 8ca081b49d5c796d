package org.newsarchive.ingest;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

	/**
	 * Whether a portal instance is connected to the database under the name a run was
	 * started with: its process is alive, and the run may well be going on.
	 */
	String RUNNER_CONNECTED = """
			exists (select 1 from pg_stat_activity a
			        where a.datname = current_database() and a.application_name = r.instance)""";

	List<ImportRun> findTop20ByOrderByStartedAtDesc();

	/** Unfinished runs whose process has ended: killed, or lost with its machine. */
	@Query(value = "select r.* from import_runs r where r.finished_at is null and not " + RUNNER_CONNECTED,
			nativeQuery = true)
	List<ImportRun> findUnfinishedOfEndedProcesses();

	/** Whether a live portal instance has a run under way. */
	@Query(value = "select exists (select 1 from import_runs r where r.finished_at is null and " + RUNNER_CONNECTED
			+ ")", nativeQuery = true)
	boolean existsUnfinishedOfLiveProcess();

}
