package org.newsarchive.article;

import java.util.List;

/**
 * What the archive holds of one source's files: how many copies it keeps, and which of
 * the articles made from them came with warnings or damaged text.
 *
 * @param files the kept copies (every version received) of the source's articles
 * @param flagged the newest of the articles with a warning or a damaged spot, newest
 * first
 * @param flaggedCount how many articles have a warning or a damaged spot
 * @param damagedSpots how many damaged spots they have in all
 */
public record SourceStorage(long files, List<Flagged> flagged, long flaggedCount, long damagedSpots) {

	public SourceStorage {
		flagged = List.copyOf(flagged);
	}

	/** An article whose text came with warnings or damage. */
	public record Flagged(long id, String title, String language, List<String> warnings, int damagedSpots) {

	}

}
