package org.newsarchive.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsarchive.ArchiveTest;
import org.newsarchive.StatementCounting;
import org.newsarchive.search.ArchiveFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reader's article page is kept for a second, and what an administrator changes shows
 * on it at once: a new article about the same people, a person's type.
 */
@ArchiveTest
@DirtiesContext
@Import(StatementCounting.class)
class ArticlePageFreshnessTests {

	private static final ArchiveFiles.Item ECHIDNA = new ArchiveFiles.Item("Echidna summit",
			"Jens Stoltenberg opened the echidna summit.", "2024-07-01", "https://echidna.example/summit",
			"Echidna Daily");

	private static final ArchiveFiles.Item BILBY = new ArchiveFiles.Item("Bilby summit",
			"Jens Stoltenberg closed the bilby summit.", "2024-07-02", "https://echidna.example/bilby",
			"Echidna Daily");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private long echidna;

	@BeforeEach
	void anArticleAboutStoltenberg() throws Exception {
		ArchiveFiles.upload(this.mvc, "echidna.jsonl", List.of(ECHIDNA));
		this.echidna = this.jdbc.queryForObject("select id from articles where title = ?", Long.class, ECHIDNA.title());
	}

	@Test
	void aReadersSecondVisitTakesNoStatementAndAnUnchangedPageIsNotSentAgain() throws Exception {
		MockHttpServletResponse first = page();
		StatementCounting.clear();
		MockHttpServletResponse second = page();
		assertThat(StatementCounting.statements()).isZero();
		assertThat(second.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(first.getContentAsString(StandardCharsets.UTF_8));
		String etag = second.getHeader("ETag");
		assertThat(etag).isNotNull().isEqualTo(first.getHeader("ETag"));
		this.mvc
			.perform(get("/articles/{id}", this.echidna).header("Accept-Language", "en").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
	}

	@Test
	void anArticleAboutTheSamePeopleUploadedMeanwhileIsListedAtOnce() throws Exception {
		assertThat(related(page())).doesNotContain(BILBY.title());
		ArchiveFiles.upload(this.mvc, "bilby.jsonl", List.of(BILBY));
		assertThat(related(page())).first().isEqualTo(BILBY.title());
	}

	@Test
	void aPersonCuratedMeanwhileShowsAtOnce() throws Exception {
		String json = this.mvc.perform(get("/api/articles/{id}", this.echidna))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Number> people = JsonPath.read(json, "$.people[*].id");
		assertThat(people).hasSize(1);
		long stoltenberg = people.get(0).longValue();
		assertThat(groups(page())).containsExactly("People");
		try {
			changeType(stoltenberg, "ORGANISATION");
			assertThat(groups(page())).containsExactly("Organisations");
		}
		finally {
			// The other tests find related articles by the people they name.
			changeType(stoltenberg, "PERSON");
		}
		assertThat(groups(page())).containsExactly("People");
	}

	private void changeType(long entity, String type) throws Exception {
		this.mvc
			.perform(post("/api/admin/people/{id}/type", entity).param("type", type)
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().is2xxSuccessful());
	}

	private MockHttpServletResponse page() throws Exception {
		return this.mvc.perform(get("/articles/{id}", this.echidna).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	private static List<String> related(MockHttpServletResponse page) throws Exception {
		return html(page).select(".related h3 a").eachText();
	}

	private static List<String> groups(MockHttpServletResponse page) throws Exception {
		return html(page).select(".people-in-article dt").eachText();
	}

	private static Document html(MockHttpServletResponse page) throws Exception {
		return Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8));
	}

}
