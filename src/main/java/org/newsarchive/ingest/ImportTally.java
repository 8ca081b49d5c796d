package org.newsarchive.ingest;

/**
 * What an import has done so far. A file of several articles counts each of its articles;
 * a file that is one article, or that was rejected whole, counts once.
 *
 * @param files files done
 * @param created new articles
 * @param updated articles replaced by a newer copy
 * @param unchanged articles stored before
 * @param rejected articles, or whole files, that could not be read or stored
 */
public record ImportTally(long files, long created, long updated, long unchanged, long rejected) {

	/** Nothing done yet. */
	public static final ImportTally NONE = new ImportTally(0, 0, 0, 0, 0);

	/** This tally with one more file. */
	public ImportTally plus(ImportResult result) {
		ImportTally tally = new ImportTally(this.files + 1, this.created, this.updated, this.unchanged, this.rejected);
		if (result.articles() == null) {
			return tally.plus(result.status());
		}
		for (ImportResult.ArticleResult article : result.articles()) {
			tally = tally.plus(article.status());
		}
		return tally;
	}

	private ImportTally plus(ImportStatus status) {
		return switch (status) {
			case CREATED -> new ImportTally(this.files, this.created + 1, this.updated, this.unchanged, this.rejected);
			case UPDATED -> new ImportTally(this.files, this.created, this.updated + 1, this.unchanged, this.rejected);
			case UNCHANGED ->
				new ImportTally(this.files, this.created, this.updated, this.unchanged + 1, this.rejected);
			case REJECTED -> new ImportTally(this.files, this.created, this.updated, this.unchanged, this.rejected + 1);
		};
	}

	/** Articles done, whatever became of them. */
	public long articles() {
		return this.created + this.updated + this.unchanged + this.rejected;
	}

}
