package org.newsarchive.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A source's page counts all its articles with warnings but lists only the newest twenty.
 */
@ArchiveTest
@DirtiesContext
class SourceFlaggedListTests {

	@Autowired
	MockMvc mvc;

	@Test
	void twentyFiveFlaggedArticlesAreCountedAndTheNewestTwentyListed() throws Exception {
		StringBuilder lines = new StringBuilder();
		for (int n = 1; n <= 25; n++) {
			// A date the archive cannot read is kept as a warning.
			lines.append("{\"title\":\"Capybara note ")
				.append(n)
				.append("\",\"content\":\"A capybara was counted.\",\"date\":\"the day after market day\",\"url\":\"https://capybara.example/")
				.append(n)
				.append("\",\"website\":\"Capybara Notes\"}\n");
		}
		this.mvc
			.perform(
					multipart("/api/imports")
						.file(new MockMultipartFile("file", "capybara.jsonl", "application/octet-stream",
								lines.toString().getBytes(StandardCharsets.UTF_8)))
						.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk());
		Document page = Jsoup.parse(this.mvc.perform(get("/sources/capybara-example"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("dd.flagged").text()).isEqualTo("25");
		assertThat(page.select(".flagged-list > li")).hasSize(20);
		assertThat(page.select(".flagged-list > li > a").first().text()).isEqualTo("Capybara note 25");
	}

}
