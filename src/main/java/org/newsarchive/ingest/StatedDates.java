package org.newsarchive.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsarchive.article.Published;

/**
 * Publication times as data dumps and feeds write them, at the precision written: a date
 * is a day, a clock time without seconds a minute; a time with its zone keeps its offset,
 * one without keeps none.
 */
final class StatedDates {

	/**
	 * {@code 2017-06-28}, {@code 2017/11/26}, {@code 2020-3-30 23:37:00},
	 * {@code 2017年6月28日 15:25}, {@code 2017-06-28T15:25:00+08:00}, {@code …Z}.
	 */
	private static final Pattern NUMERIC = Pattern
		.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
				+ "\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?");

	/** The clock of an RFC 822 time where it gives the seconds: {@code 11:05:30}. */
	private static final Pattern CLOCK_WITH_SECONDS = Pattern.compile("\\d:\\d{2}:\\d{2}");

	private StatedDates() {
	}

	/**
	 * The time the text states, or nothing where it is not a date this reads.
	 * @param evidence where the text was found, e.g. {@code the "date" field}
	 */
	static Optional<Published> parse(String text, String evidence) {
		String stated = text.strip();
		Matcher numeric = NUMERIC.matcher(stated);
		try {
			if (numeric.matches()) {
				return Optional.of(numeric(numeric, evidence));
			}
			return Optional.of(Published.stated(
					ZonedDateTime.parse(stated, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime(),
					CLOCK_WITH_SECONDS.matcher(stated).find() ? Published.Precision.SECOND : Published.Precision.MINUTE,
					evidence));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static Published numeric(Matcher date, String evidence) {
		LocalDate day = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
				Integer.parseInt(date.group(3)));
		if (date.group(4) == null) {
			return Published.statedDay(day, evidence);
		}
		Published.Precision precision = (date.group(6) != null) ? Published.Precision.SECOND
				: Published.Precision.MINUTE;
		LocalDateTime time = day.atTime(Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5)),
				(date.group(6) != null) ? Integer.parseInt(date.group(6)) : 0);
		String zone = date.group(7);
		if (zone == null) {
			return Published.statedWithoutZone(time, precision, evidence + ", which states no time zone");
		}
		ZoneOffset offset = (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) ? ZoneOffset.UTC
				: ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
		return Published.stated(OffsetDateTime.of(time, offset), precision, evidence);
	}

}
