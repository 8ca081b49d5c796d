package org.newsarchive.ingest;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.Published;
import org.newsarchive.article.Published.Precision;

import static org.assertj.core.api.Assertions.assertThat;

class StatedDatesTests {

	@Test
	void aDateIsADay() {
		assertThat(StatedDates.parse("2017/11/26", "e"))
			.contains(new Published("2017-11-26", Precision.DAY, false, "e"));
		assertThat(StatedDates.parse("2017年6月8日", "e"))
			.contains(new Published("2017-06-08", Precision.DAY, false, "e"));
	}

	@Test
	void aTimeWithoutAZoneKeepsNoOffset() {
		assertThat(StatedDates.parse("2020-3-30 23:37:00", "e"))
			.contains(new Published("2020-03-30T23:37:00", Precision.SECOND, false, "e, which states no time zone"));
		assertThat(StatedDates.parse("2017-06-28 15:25", "e"))
			.contains(new Published("2017-06-28T15:25", Precision.MINUTE, false, "e, which states no time zone"));
	}

	@Test
	void aTimeWithAZoneKeepsItsOffset() {
		assertThat(StatedDates.parse("2024-03-01T09:30:00+0100", "e"))
			.contains(new Published("2024-03-01T09:30:00+01:00", Precision.SECOND, false, "e"));
		assertThat(StatedDates.parse("2024-03-01T09:30Z", "e"))
			.contains(new Published("2024-03-01T09:30Z", Precision.MINUTE, false, "e"));
		assertThat(StatedDates.parse("Tue, 3 Jun 2008 11:05:30 GMT", "e"))
			.contains(new Published("2008-06-03T11:05:30Z", Precision.SECOND, false, "e"));
	}

	@Test
	void anRfc822TimeKeepsItsOffsetAndIsAMinuteWithoutSeconds() {
		assertThat(StatedDates.parse("Tue, 05 Mar 2024 09:30:00 +0800", "e"))
			.contains(new Published("2024-03-05T09:30:00+08:00", Precision.SECOND, false, "e"));
		assertThat(StatedDates.parse("Tue, 5 Mar 2024 10:05 +0800", "e"))
			.contains(new Published("2024-03-05T10:05+08:00", Precision.MINUTE, false, "e"));
		assertThat(StatedDates.parse("5 Mar 2024 10:05 GMT", "e"))
			.contains(new Published("2024-03-05T10:05Z", Precision.MINUTE, false, "e"));
	}

	@Test
	void whatIsNotADateIsNone() {
		assertThat(StatedDates.parse("yesterday", "e")).isEmpty();
		assertThat(StatedDates.parse("2017-02-30", "e")).isEmpty();
	}

	@Test
	void aTimeWithoutAZoneSortsAsUtcAndCountsOnItsWrittenDay() {
		Published local = StatedDates.parse("2017-06-28 23:25", "e").orElseThrow();
		assertThat(local.earliest()).hasToString("2017-06-28T23:25Z");
		assertThat(local.firstDay()).hasToString("2017-06-28");
		Published stated = StatedDates.parse("2017-06-28T01:25+08:00", "e").orElseThrow();
		assertThat(stated.offsetStated()).isTrue();
		assertThat(stated.firstDay()).hasToString("2017-06-28");
	}

}
