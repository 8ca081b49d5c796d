package org.newsarchive.ingest;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportResultRowRepository extends JpaRepository<ImportResultRow, Long> {

	List<ImportResultRow> findByRunIdOrderByPosition(Long runId);

}
