package org.newsarchive.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Over more than three years the charts count years, each linking to its months; over a
 * shorter span they count months.
 */
@ArchiveTest
@DirtiesContext
class LongSpanChartTests {

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void articlesFrom2015To2019() throws Exception {
		StringBuilder lines = new StringBuilder();
		String[] dates = { "2015-03-01", "2017-07-01", "2017-08-01", "2019-11-30" };
		for (int n = 0; n < dates.length; n++) {
			lines.append("{\"title\":\"Okapi sighting ")
				.append(n)
				.append("\",\"content\":\"An okapi was seen.\",\"date\":\"")
				.append(dates[n])
				.append("\",\"url\":\"https://okapi.example/")
				.append(n)
				.append("\",\"website\":\"Okapi News\"}\n");
		}
		this.mvc
			.perform(
					multipart("/api/imports")
						.file(new MockMultipartFile("file", "okapi.jsonl", "application/octet-stream",
								lines.toString().getBytes(StandardCharsets.UTF_8)))
						.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk());
	}

	@Test
	void searchResultsOverFiveYearsAreChartedByYear() throws Exception {
		this.mvc.perform(get("/search").param("q", "okapi"))
			.andExpect(content().string(containsString("2015: 1; 2016: 0; 2017: 2; 2018: 0; 2019: 1</desc>")))
			.andExpect(
					content().string(containsString("href=\"/search?q=okapi&amp;from=2017-01-01&amp;to=2017-12-31\"")));
	}

	@Test
	void theResultsOfOneYearAreChartedByMonth() throws Exception {
		this.mvc.perform(get("/search").param("q", "okapi").param("from", "2017-01-01").param("to", "2017-12-31"))
			.andExpect(content().string(containsString("2017-07: 1; 2017-08: 1</desc>")));
	}

	/** The seed dated only to 2023 is counted apart, as before. */
	@Test
	void theHomePageChartsTheArchiveByYear() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString(
					"2015: 1; 2016: 0; 2017: 2; 2018: 0; 2019: 1; 2020: 0; 2021: 0; 2022: 0; 2023: 4</desc>")))
			.andExpect(content().string(containsString("href=\"/search?from=2019-01-01&amp;to=2019-12-31\"")));
	}

}
