package org.newsarchive.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.StatementCounting;
import org.newsarchive.search.ArchiveFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article's page costs the same statements however many files hold a copy of it, and
 * nothing for the lists it has no article in. The pages are asked for by a signed-in
 * administrator, to whom they are rendered every time (a reader's is kept for a second,
 * see {@link ArticlePageFreshnessTests}).
 */
@ArchiveTest
@DirtiesContext
@Import(StatementCounting.class)
class ArticlePageStatementsTests {

	private static final ArchiveFiles.Item ECHIDNA = new ArchiveFiles.Item("Echidna survey",
			"The echidna survey counted spines.", "2024-07-01", "https://echidna.example/1", "Echidna Daily");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void anArticleInThreeFiles() throws Exception {
		ArchiveFiles.upload(this.mvc, "echidna-1.jsonl", List.of(ECHIDNA));
		ArchiveFiles.upload(this.mvc, "echidna-2.jsonl", List.of(ECHIDNA, new ArchiveFiles.Item("Bilby survey",
				"The bilby survey counted ears.", "2024-07-02", "https://echidna.example/2", "Echidna Daily")));
		ArchiveFiles.upload(this.mvc, "echidna-3.jsonl", List.of(ECHIDNA, new ArchiveFiles.Item("Dingo survey",
				"The dingo survey counted howls.", "2024-07-03", "https://echidna.example/3", "Echidna Daily")));
	}

	@Test
	void anArticleKeptInThreeFilesTakesAsManyStatementsAsOneKeptInOne() throws Exception {
		long echidna = id("Echidna survey");
		long bilby = id("Bilby survey");
		assertThat(this.jdbc.queryForObject("select count(*) from raw_document_entries where article_id = ?",
				Long.class, echidna))
			.isEqualTo(3);
		String page = page(echidna);
		assertThat(page).contains("echidna-1.jsonl").contains("echidna-2.jsonl").contains("echidna-3.jsonl");
		long three = statements(echidna);
		long one = statements(bilby);
		assertThat(three).isEqualTo(one);
		// The article with its body, contributors and images, its kept file and its
		// copies, its people, the related articles, its story, the story's other outlets
		// and copies of its text elsewhere; the sources are kept by the catalogue.
		assertThat(one).isEqualTo(13);
	}

	private long id(String title) {
		return this.jdbc.queryForObject("select id from articles where title = ?", Long.class, title);
	}

	private long statements(long id) throws Exception {
		page(id);
		StatementCounting.clear();
		page(id);
		return StatementCounting.statements();
	}

	private String page(long id) throws Exception {
		return this.mvc.perform(get("/articles/" + id).with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
