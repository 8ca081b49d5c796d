package org.newsarchive.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A publication time no more precise than its evidence.
 *
 * @param value ISO-8601 at its precision: {@code 2023}, {@code 2023-05},
 * {@code 2023-05-03}, {@code 2023-02-18T08:04+01:00}, {@code 2023-05-12T18:07:23+08:00}
 * @param precision how much of the value is known
 * @param inferred true where the value was derived from the text rather than stated
 * @param evidence where the value came from, in plain words
 */
public record Published(String value, Precision precision, boolean inferred, String evidence) {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX");

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

	public static Published stated(OffsetDateTime time, Precision precision, String evidence) {
		String value = switch (precision) {
			case MINUTE -> MINUTE.format(time);
			case SECOND -> SECOND.format(time);
			default -> throw new IllegalArgumentException("a stated time is given to the minute or second");
		};
		return new Published(value, precision, false, evidence);
	}

	public static Published inferredYear(Year year, String evidence) {
		return new Published(year.toString(), Precision.YEAR, true, evidence);
	}

	public static Published inferredMonth(YearMonth month, String evidence) {
		return new Published(month.toString(), Precision.MONTH, true, evidence);
	}

	public static Published inferredDay(LocalDate day, String evidence) {
		return new Published(day.toString(), Precision.DAY, true, evidence);
	}

	/**
	 * The value as a reader reads it: {@code 2023-02-18 08:04 UTC+01:00}; a date or year
	 * as it is.
	 */
	public String display() {
		return switch (this.precision) {
			case YEAR, MONTH, DAY -> this.value;
			case MINUTE, SECOND -> {
				OffsetDateTime time = OffsetDateTime.parse(this.value);
				String clock = this.value.substring(11, this.value.length() - 6);
				yield time.toLocalDate() + " " + clock + " UTC" + time.getOffset().getId().replace("Z", "+00:00");
			}
		};
	}

	/**
	 * The first instant the value can stand for, used for sorting. A date without a time
	 * is taken at midnight UTC: the archive does not know the zone of a date it inferred.
	 */
	public OffsetDateTime earliest() {
		return switch (this.precision) {
			case YEAR, MONTH, DAY -> firstDay().atStartOfDay().atOffset(ZoneOffset.UTC);
			case MINUTE, SECOND -> OffsetDateTime.parse(this.value);
		};
	}

	/**
	 * The first calendar day the value covers, in the outlet's own calendar: a year
	 * covers January 1st to December 31st, a time the day it names at its own offset.
	 */
	public LocalDate firstDay() {
		return switch (this.precision) {
			case YEAR -> Year.parse(this.value).atDay(1);
			case MONTH -> YearMonth.parse(this.value).atDay(1);
			case DAY -> LocalDate.parse(this.value);
			case MINUTE, SECOND -> OffsetDateTime.parse(this.value).toLocalDate();
		};
	}

	/** The last calendar day the value covers (see {@link #firstDay()}). */
	public LocalDate lastDay() {
		return switch (this.precision) {
			case YEAR -> Year.parse(this.value).atMonth(12).atEndOfMonth();
			case MONTH -> YearMonth.parse(this.value).atEndOfMonth();
			case DAY, MINUTE, SECOND -> firstDay();
		};
	}

	public enum Precision {

		YEAR, MONTH, DAY, MINUTE, SECOND

	}

}
