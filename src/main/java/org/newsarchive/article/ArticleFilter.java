package org.newsarchive.article;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which articles a list shows.
 *
 * @param sources source slugs; empty for all
 * @param from the first day, inclusive, or null
 * @param to the last day, inclusive, or null. An article dated only to a year or a month
 * is in the range when its period overlaps it.
 */
public record ArticleFilter(Set<String> sources, LocalDate from, LocalDate to) {

	public ArticleFilter {
		sources = (sources != null) ? Set.copyOf(sources) : Set.of();
	}

	public static ArticleFilter all() {
		return new ArticleFilter(Set.of(), null, null);
	}

}
