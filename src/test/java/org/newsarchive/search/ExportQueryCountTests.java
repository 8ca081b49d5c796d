package org.newsarchive.search;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.StatementCounting;
import org.newsarchive.article.ArticleQueries;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An export reads its articles a batch at a time, in the same three statements per batch
 * however many rows it has, and reads columns into records, not entities.
 */
@ArchiveTest
@DirtiesContext
@Import(StatementCounting.class)
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ExportQueryCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ArticleQueries articles;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void threeAndThirtyArticles() throws Exception {
		List<ArchiveFiles.Item> items = new ArrayList<>();
		for (int n = 1; n <= 3; n++) {
			items.add(new ArchiveFiles.Item("Quokka census " + n, "The quokka census counted island " + n + ".",
					"2024-05-0" + n, "https://few.example/" + n, "Few Outlet"));
		}
		for (int n = 1; n <= 30; n++) {
			items.add(new ArchiveFiles.Item("Wombat census " + n, "The wombat census counted burrow " + n + ".",
					"2024-06-" + (10 + n % 20), "https://many.example/" + n, "Many Outlet"));
		}
		ArchiveFiles.upload(this.mvc, "census.jsonl", items);
	}

	@Test
	void csvOfThirtyRowsTakesAsManyStatementsAsCsvOfThree() throws Exception {
		long three = statements("/search.csv", "quokka", 3 + 1);
		long thirty = statements("/search.csv", "wombat", 30 + 1);
		assertThat(thirty).isEqualTo(three);
	}

	@Test
	void jsonOfThirtyTakesAsManyStatementsAsJsonOfThree() throws Exception {
		long three = statements("/search.json", "quokka", 0);
		long thirty = statements("/search.json", "wombat", 0);
		assertThat(thirty).isEqualTo(three);
	}

	@Test
	void atomOfThirtyTakesAsManyStatementsAsAtomOfThree() throws Exception {
		long three = statements("/search.atom", "quokka", 0);
		long thirty = statements("/search.atom", "wombat", 0);
		assertThat(thirty).isEqualTo(three);
	}

	@Test
	void anExportBuildsNoEntities() throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get("/search.csv").param("q", "wombat")).andExpect(status().isOk());
		this.mvc.perform(get("/search.json").param("q", "wombat")).andExpect(status().isOk());
		assertThat(statistics.getEntityLoadCount()).isZero();
		assertThat(statistics.getCollectionLoadCount()).isZero();
	}

	@Test
	void anExportsOnlyHibernateQueryLooksItsWordsUpAsAName() throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		// A word no other test searches for: the names a search looks up are kept per
		// generation of the index, which the same uploads before each test do not change.
		this.mvc.perform(get("/search.csv").param("q", "counted")).andExpect(status().isOk());
		// Whether "counted" is someone's name; the rows themselves are read with JDBC.
		assertThat(statistics.getQueryExecutionCount()).isEqualTo(1);
	}

	@Test
	void everyBatchTakesThreeStatementsAndRowsKeepTheHitsOrder() throws Exception {
		List<Long> wombats = this.jdbc
			.queryForList("select id from articles where title like 'Wombat census %' order by id desc", Long.class);
		List<Long> hits = new ArrayList<>(wombats);
		// An article removed after the search ran is left out, not an error.
		hits.add(15, -1L);
		StringWriter csv = new StringWriter();
		StatementCounting.clear();
		new SearchExports(this.articles, this.json, 10).csv(hits, csv);
		// Four batches (10, 10, 10, 1): articles with their sources, authors, people.
		assertThat(StatementCounting.statements()).isEqualTo(4 * 3);
		List<Long> written = csv.toString()
			.lines()
			.skip(1)
			.map((line) -> Long.valueOf(line.substring(0, line.indexOf(','))))
			.toList();
		assertThat(written).isEqualTo(wombats);
	}

	@Test
	void twoThousandRowsAreOneBatch() throws Exception {
		List<Long> wombats = this.jdbc
			.queryForList("select id from articles where title like 'Wombat census %' order by id", Long.class);
		List<Long> hits = new ArrayList<>(wombats);
		// Articles removed after the search ran: left out, but counted in the batch.
		for (long gone = -1; hits.size() < 2_000; gone--) {
			hits.add(gone);
		}
		StringWriter csv = new StringWriter();
		StatementCounting.clear();
		new SearchExports(this.articles, this.json).csv(hits, csv);
		assertThat(StatementCounting.statements()).isEqualTo(3);
		assertThat(csv.toString().lines().count()).isEqualTo(1 + 30);
	}

	@Test
	void anAtomFeedLooksUpNoFacetLabels() throws Exception {
		// The seeds' articles on NATO name people, organisations and places: the feed
		// shows no facets, so it takes no more statements than a feed naming no one. Both
		// words are searched for by this test alone, so neither's name look-up is kept.
		assertThat(statements("/search.atom", "北约", 0)).isEqualTo(statements("/search.atom", "census", 0));
	}

	private long statements(String path, String word, int expectedLines) throws Exception {
		StatementCounting.clear();
		String body = this.mvc.perform(get(path).param("q", word))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long count = StatementCounting.statements();
		if (expectedLines > 0) {
			assertThat(body.strip().split("\r\n")).hasSize(expectedLines);
		}
		return count;
	}

}
