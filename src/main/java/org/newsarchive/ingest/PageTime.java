package org.newsarchive.ingest;

import java.time.temporal.Temporal;

import org.newsarchive.article.Published;

/**
 * A publication time as a web page states it, no more precise than the page.
 *
 * @param text the words or attribute value the time was read from
 * @param value an {@code OffsetDateTime} where the page gives a zone, a
 * {@code LocalDateTime} where it gives a time without one, a {@code LocalDate} where it
 * gives only the day
 * @param precision {@code DAY}, {@code MINUTE} or {@code SECOND}
 * @param evidence where on the page the time was found
 */
record PageTime(String text, Temporal value, Published.Precision precision, String evidence) {

}
