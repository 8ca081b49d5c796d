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
		for (LocalDate day : new LocalDate[] { from, to }) {
			if (day != null && (day.getYear() < 1 || day.getYear() > 9999)) {
				throw new InvalidFilterException("Dates run from the year 1 to 9999, not " + day + ".");
			}
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidFilterException("The start date " + from + " is after the end date " + to + ".");
		}
	}

	public static ArticleFilter all() {
		return new ArticleFilter(Set.of(), null, null);
	}

}
