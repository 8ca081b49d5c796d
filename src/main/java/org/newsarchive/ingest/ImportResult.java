package org.newsarchive.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One file's result, as {@code POST /api/imports} answers it.
 *
 * @param file the file's name
 * @param status for a file of several articles: REJECTED where none could be stored, else
 * the most telling of theirs (CREATED, then UPDATED, then UNCHANGED)
 * @param articleId the article it was stored as, or null where it was rejected or holds
 * several
 * @param warnings what was noticed but worked around
 * @param error why the file was rejected, or null
 * @param articles what became of each article, for a file that holds more than one;
 * absent otherwise
 */
public record ImportResult(String file, ImportStatus status, Long articleId, List<String> warnings, String error,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<ArticleResult> articles) {

	public ImportResult {
		warnings = List.copyOf(warnings);
		articles = (articles != null) ? List.copyOf(articles) : null;
	}

	/** The result of a file that is one article. */
	public ImportResult(String file, ImportStatus status, Long articleId, List<String> warnings, String error) {
		this(file, status, articleId, warnings, error, null);
	}

	static ImportResult rejected(String file, String reason) {
		return new ImportResult(file, ImportStatus.REJECTED, null, List.of(), reason);
	}

	/**
	 * One article of a file that holds several.
	 *
	 * @param entry its place in the file: an item index or number
	 * @param title its title, where it could be read
	 */
	public record ArticleResult(String entry, ImportStatus status, Long articleId, String title, List<String> warnings,
			String error) {

		public ArticleResult {
			warnings = List.copyOf(warnings);
		}

	}

}
