package org.newsarchive.ingest;

import java.util.List;

/**
 * One file's result, as {@code POST /api/imports} answers it.
 *
 * @param file the file's name
 * @param articleId the article it was stored as, or null where it was rejected
 * @param warnings what was noticed but worked around
 * @param error why the file was rejected, or null
 */
public record ImportResult(String file, ImportStatus status, Long articleId, List<String> warnings, String error) {

	public ImportResult {
		warnings = List.copyOf(warnings);
	}

	static ImportResult rejected(String file, String reason) {
		return new ImportResult(file, ImportStatus.REJECTED, null, List.of(), reason);
	}

}
