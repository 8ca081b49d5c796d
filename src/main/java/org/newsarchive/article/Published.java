package org.newsarchive.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A publication time no more precise than its evidence.
 *
 * @param value ISO-8601 at its precision: {@code 2023}, {@code 2023-05},
 * {@code 2023-05-03}, {@code 2023-02-18T08:04+01:00}, {@code 2023-05-12T18:07:23+08:00};
 * a time whose source states no zone has no offset: {@code 2017-06-28T15:25}
 * @param precision how much of the value is known
 * @param inferred true where the value was derived from the text rather than stated
 * @param evidence where the value came from, in plain words
 */
public record Published(String value, Precision precision, boolean inferred, String evidence) {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX");

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

	private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

	private static final DateTimeFormatter LOCAL_SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

	public static Published stated(OffsetDateTime time, Precision precision, String evidence) {
		String value = switch (precision) {
			case MINUTE -> MINUTE.format(time);
			case SECOND -> SECOND.format(time);
			default -> throw new IllegalArgumentException("a stated time is given to the minute or second");
		};
		return new Published(value, precision, false, evidence);
	}

	/**
	 * A time stated without a zone: kept as the outlet wrote it, without an offset, since
	 * the archive would only be guessing one.
	 */
	public static Published statedWithoutZone(LocalDateTime time, Precision precision, String evidence) {
		String value = switch (precision) {
			case MINUTE -> LOCAL_MINUTE.format(time);
			case SECOND -> LOCAL_SECOND.format(time);
			default -> throw new IllegalArgumentException("a stated time is given to the minute or second");
		};
		return new Published(value, precision, false, evidence);
	}

	public static Published statedDay(LocalDate day, String evidence) {
		return new Published(day.toString(), Precision.DAY, false, evidence);
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

	/** Whether the value carries the offset its source stated; a date never does. */
	public boolean offsetStated() {
		if (this.precision != Precision.MINUTE && this.precision != Precision.SECOND) {
			return false;
		}
		String clock = this.value.substring("2017-06-28T".length());
		return clock.endsWith("Z") || clock.contains("+") || clock.contains("-");
	}

	/**
	 * The value as a reader reads it: {@code 2023-02-18 08:04 UTC+01:00}; a date or year
	 * as it is, a time without a stated zone as {@code 2017-06-28 15:25}.
	 */
	public String display() {
		return switch (this.precision) {
			case YEAR, MONTH, DAY -> this.value;
			case MINUTE, SECOND -> {
				if (!offsetStated()) {
					yield this.value.replace('T', ' ');
				}
				OffsetDateTime time = OffsetDateTime.parse(this.value);
				String clock = this.value.substring(11, this.value.length() - 6);
				yield time.toLocalDate() + " " + clock + " UTC" + time.getOffset().getId().replace("Z", "+00:00");
			}
		};
	}

	/**
	 * The first instant the value can stand for, used for sorting. A date without a time
	 * is taken at midnight UTC, and a time without a stated zone as if in UTC: the
	 * archive does not know their zone.
	 */
	public OffsetDateTime earliest() {
		return switch (this.precision) {
			case YEAR, MONTH, DAY -> firstDay().atStartOfDay().atOffset(ZoneOffset.UTC);
			case MINUTE, SECOND -> offsetStated() ? OffsetDateTime.parse(this.value)
					: LocalDateTime.parse(this.value).atOffset(ZoneOffset.UTC);
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
			case MINUTE, SECOND -> LocalDate.parse(this.value.substring(0, "2017-06-28".length()));
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
