package org.newsarchive.ingest;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

	List<ImportRun> findTop20ByOrderByStartedAtDesc();

	List<ImportRun> findByFinishedAtIsNull();

}
