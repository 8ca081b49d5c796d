package org.newsarchive.ingest;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportResultRowRepository extends JpaRepository<ImportResultRow, Long> {

	List<ImportResultRow> findByRunIdOrderByPosition(Long runId, Limit limit);

	long countByRunId(Long runId);

	/**
	 * Kept files that no run recorded a result for: the process died between keeping a
	 * file and recording what became of it.
	 */
	@Query(value = """
			select r.id as id, r.file_name as fileName from raw_documents r
			where not exists (select 1 from import_results x where x.raw_document_id = r.id)
			order by r.id""", nativeQuery = true)
	List<UnrecordedFile> findKeptFilesWithoutResult();

	interface UnrecordedFile {

		long getId();

		String getFileName();

	}

}
