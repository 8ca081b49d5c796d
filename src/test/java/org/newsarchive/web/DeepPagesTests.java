package org.newsarchive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.StatementCounting;
import org.newsarchive.article.ArticleFilter;
import org.newsarchive.article.ArticleOrder;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleSummary;
import org.newsarchive.search.ArchiveFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's articles and a source's come a page at a time in the order they always had
 * (newest first, the same day by id, newest first), every page the same articles as
 * joining every mention to its article and counting the skipped ones out did; and no page
 * reads the articles it skips, nor counts a source's articles (V15: the mentions carry
 * their article's date, the totals are kept).
 */
@ArchiveTest
@DirtiesContext
@Import(StatementCounting.class)
class DeepPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleQueries articles;

	@BeforeEach
	void fiveReportsNamingOnePerson() throws Exception {
		ArchiveFiles.upload(this.mvc, "platypus.jsonl", List.of(platypus(1, "2024-03-01"), platypus(2, "2024-03-02"),
				platypus(3, "2024-03-02"), platypus(4, "2024-03-05"), platypus(5, "2024-03-04")));
	}

	@Test
	void aPersonsPagesHoldTheArticlesNewestFirstWithoutReadingTheSkippedOnes() throws Exception {
		long person = this.jdbc.queryForObject("select id from entities where key = 'jens-stoltenberg'", Long.class);
		// The seed articles name him too, a year earlier.
		List<Long> newestFirst = this.jdbc.queryForList("""
				select m.article_id from mentions m join articles a on a.id = m.article_id where m.entity_id = ?
				order by a.published_start desc nulls last, a.id desc""", Long.class, person);
		assertThat(newestFirst).hasSizeGreaterThan(5)
			.startsWith(id(4), id(5), id(3), id(2), id(1))
			.doesNotHaveDuplicates();
		assertThat(id(3)).isGreaterThan(id(2));
		List<Long> paged = new ArrayList<>();
		for (int page = 1; page <= (newestFirst.size() + 1) / 2; page++) {
			StatementCounting.clear();
			paged.addAll(ids(this.mvc
				.perform(get("/api/people/{id}", person).param("size", "2").param("page", String.valueOf(page)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.articles[*].article.id"));
			assertThat(StatementCounting.executions("select", "join articles")).isZero();
		}
		assertThat(paged).isEqualTo(newestFirst);
	}

	@Test
	void aSourcesPagesHoldTheArticlesNewestFirstWithoutCountingThem() throws Exception {
		List<Long> newestFirst = List.of(id(4), id(5), id(3), id(2), id(1));
		List<Long> paged = new ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			StatementCounting.clear();
			String json = this.mvc.perform(
					get("/api/articles").param("source", slug()).param("size", "2").param("page", String.valueOf(page)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			paged.addAll(ids(json, "$.items[*].id"));
			assertThat((Integer) JsonPath.read(json, "$.total")).isEqualTo(5);
			assertThat(StatementCounting.executions("select count", "from articles")).isZero();
		}
		assertThat(paged).isEqualTo(newestFirst);
		StatementCounting.clear();
		String page = this.mvc.perform(get("/sources/{slug}", slug()).with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Platypus report 4");
		assertThat(StatementCounting.executions("select count", "from articles")).isZero();
		assertThat(StatementCounting.executions("", "raw_documents")).isEqualTo(1);
	}

	@Test
	void aSourcesPagesOldestFirstHoldTheDatedArticlesThenTheUndated() throws Exception {
		ArchiveFiles.upload(this.mvc, "platypus-undated.jsonl",
				List.of(platypus(6, null), platypus(7, null), platypus(8, "2024-02-28")));
		ArticleFilter source = new ArticleFilter(Set.of(slug()), null, null);
		List<Long> paged = new ArrayList<>();
		for (int page = 0; page < 4; page++) {
			Page<ArticleSummary> articles = this.articles.list(source, page, 2, ArticleOrder.OLDEST);
			assertThat(articles.getTotalElements()).isEqualTo(8);
			articles.forEach((article) -> paged.add(article.id()));
		}
		assertThat(paged).containsExactly(id(8), id(1), id(2), id(3), id(5), id(4), id(6), id(7));
		assertThat(this.articles.list(ArticleFilter.all(), 0, 100, ArticleOrder.OLDEST).map(ArticleSummary::id))
			.containsSubsequence(id(8), id(1), id(2), id(3), id(5), id(4))
			.endsWith(id(6), id(7));
	}

	private String slug() {
		return this.jdbc.queryForObject("""
				select distinct s.slug from sources s join articles a on a.source_id = s.id
				where a.url like 'https://platypus.example/%'""", String.class);
	}

	private long id(int report) {
		return this.jdbc.queryForObject("select id from articles where url = ?", Long.class,
				"https://platypus.example/" + report);
	}

	private static List<Long> ids(String json, String path) {
		List<Number> ids = JsonPath.read(json, path);
		return ids.stream().map(Number::longValue).toList();
	}

	private static ArchiveFiles.Item platypus(int number, String date) {
		return new ArchiveFiles.Item("Platypus report " + number,
				"Jens Stoltenberg spoke about platypus " + number + ".", date, "https://platypus.example/" + number,
				"Platypus Daily");
	}

}
