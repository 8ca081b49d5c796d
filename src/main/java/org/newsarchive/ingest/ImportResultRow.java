package org.newsarchive.ingest;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "import_results")
class ImportResultRow {

	/**
	 * Fifty ids at a time (V11): a batch of files' results is inserted in one round trip.
	 */
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_results")
	@SequenceGenerator(name = "import_results", sequenceName = "import_results_id_seq", allocationSize = 50)
	private Long id;

	private Long runId;

	private int position;

	private String fileName;

	private Long rawDocumentId;

	@Enumerated(EnumType.STRING)
	private ImportStatus status;

	private Long articleId;

	private String warnings;

	private String error;

	protected ImportResultRow() {
	}

	ImportResultRow(long runId, int position, Long rawDocumentId, ImportResult result) {
		this.runId = runId;
		this.position = position;
		this.fileName = result.file();
		this.rawDocumentId = rawDocumentId;
		this.status = result.status();
		this.articleId = result.articleId();
		this.warnings = String.join("\n", result.warnings());
		this.error = result.error();
	}

	ImportResult toResult() {
		return new ImportResult(this.fileName, this.status, this.articleId,
				this.warnings.isEmpty() ? List.of() : List.of(this.warnings.split("\n")), this.error);
	}

	Long getRawDocumentId() {
		return this.rawDocumentId;
	}

}
