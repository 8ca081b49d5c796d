package org.newsarchive.web;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.StatementCounting;
import org.newsarchive.search.ArchiveFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page's figures of the whole archive (articles per source, people most named,
 * months) are read once and kept until an article is stored.
 */
@ArchiveTest
@DirtiesContext
// Counts what a rendering reads, so no rendered page is kept (PageCacheTests test that).
@TestPropertySource(properties = "archive.pages.cache-time=0")
@Import(StatementCounting.class)
class HomePageFiguresTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aSecondHomePageReadsOnlyItsArticles() throws Exception {
		home();
		StatementCounting.clear();
		home();
		// The newest articles' ids, their summaries and their kept total; the sources are
		// kept too.
		assertThat(StatementCounting.statements()).isEqualTo(3);
	}

	@Test
	void anImportShowsOnTheNextHomePage() throws Exception {
		assertThat(home()).doesNotContain("Numbat Weekly");
		ArchiveFiles.upload(this.mvc, "numbats.jsonl",
				IntStream.rangeClosed(1, 7)
					.mapToObj((n) -> new ArchiveFiles.Item("Numbat count " + n, "The numbat count found " + n + ".",
							"2019-03-0" + n, "https://numbats.example/" + n, "Numbat Weekly"))
					.toList());
		String home = home();
		assertThat(home).contains(">Numbat Weekly</a>");
		assertThat(home).containsPattern("Numbat Weekly</a>\\s*<span class=\"count\"[^>]*>7</span>");
	}

	private String home() throws Exception {
		return this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
