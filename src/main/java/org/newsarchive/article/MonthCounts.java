package org.newsarchive.article;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many articles fall in each month. An article dated only to a year has no month, and
 * an undated one no time at all: they are counted apart rather than placed in a month the
 * evidence does not give.
 *
 * @param months the months that have articles, in order
 * @param yearOnly articles dated only to a year
 * @param undated articles without a date
 */
public record MonthCounts(SortedMap<YearMonth, Long> months, long yearOnly, long undated) {

	public MonthCounts {
		months = Collections.unmodifiableSortedMap(new TreeMap<>(months));
	}

	/** Counts keyed by {@code 2023-05}, as a month facet gives them. */
	public static MonthCounts of(Map<String, Long> counts) {
		SortedMap<YearMonth, Long> months = new TreeMap<>();
		counts.forEach((month, count) -> months.merge(YearMonth.parse(month), count, Long::sum));
		return new MonthCounts(months, 0, 0);
	}

	/**
	 * Every month from the first with articles to the last, those without any included
	 * with 0.
	 */
	public List<Bar> bars() {
		List<Bar> bars = new ArrayList<>();
		if (this.months.isEmpty()) {
			return bars;
		}
		long max = max();
		for (YearMonth month = this.months.firstKey(); !month.isAfter(this.months.lastKey()); month = month
			.plusMonths(1)) {
			long count = this.months.getOrDefault(month, 0L);
			bars.add(new Bar(month, count, (double) count / max));
		}
		return bars;
	}

	/**
	 * Whether the months span more than three years: too many for a bar each, so the
	 * chart counts years, and a year shows its months when chosen.
	 */
	public boolean byYear() {
		return !isEmpty() && this.months.firstKey().plusYears(3).isBefore(this.months.lastKey());
	}

	/** Every year from the first with articles to the last, those without any with 0. */
	public List<YearBar> yearBars() {
		List<YearBar> bars = new ArrayList<>();
		if (this.months.isEmpty()) {
			return bars;
		}
		SortedMap<Integer, Long> years = new TreeMap<>();
		this.months.forEach((month, count) -> years.merge(month.getYear(), count, Long::sum));
		long max = years.values().stream().mapToLong(Long::longValue).max().orElse(1);
		for (int year = years.firstKey(); year <= years.lastKey(); year++) {
			long count = years.getOrDefault(year, 0L);
			bars.add(new YearBar(year, count, (double) count / max));
		}
		return bars;
	}

	public long max() {
		return this.months.values().stream().mapToLong(Long::longValue).max().orElse(0);
	}

	/** How many articles the months hold. */
	public long inMonths() {
		return this.months.values().stream().mapToLong(Long::longValue).sum();
	}

	public boolean isEmpty() {
		return this.months.isEmpty();
	}

	/**
	 * One year of the chart.
	 *
	 * @param share the count as a part of the busiest year's, 0 to 1
	 */
	public record YearBar(int year, long count, double share) {

		/**
		 * The bar's height in a plot of the given height, at least 1 for a year with
		 * articles.
		 */
		public long height(int plot) {
			return (this.count == 0) ? 0 : Math.max(1, Math.round(this.share * plot));
		}

	}

	/**
	 * One month of the chart.
	 *
	 * @param share the count as a part of the busiest month's, 0 to 1
	 */
	public record Bar(YearMonth month, long count, double share) {

		/**
		 * The bar's height in a plot of the given height, at least 1 for a month with
		 * articles.
		 */
		public long height(int plot) {
			return (this.count == 0) ? 0 : Math.max(1, Math.round(this.share * plot));
		}

		public boolean startsYear() {
			return this.month.getMonthValue() == 1;
		}

		public String monthNumber() {
			return String.format("%02d", this.month.getMonthValue());
		}

	}

}
