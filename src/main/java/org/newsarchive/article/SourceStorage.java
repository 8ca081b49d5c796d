package org.newsarchive.article;

import java.util.List;

/**
 * What the archive holds of one source's files: how many copies it keeps, and which of
 * the articles made from them came with warnings or damaged text.
 *
 * @param files the kept copies (every version received) of the source's articles
 * @param flagged the articles with a warning or a damaged spot, newest first
 */
public record SourceStorage(long files, List<Flagged> flagged) {

	public long damagedSpots() {
		return this.flagged.stream().mapToLong(Flagged::damagedSpots).sum();
	}

	/** An article whose text came with warnings or damage. */
	public record Flagged(long id, String title, String language, List<String> warnings, int damagedSpots) {

	}

}
