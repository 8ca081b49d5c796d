package org.newsarchive.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.search.ArchiveFiles;
import org.newsarchive.search.ArchiveFiles.Item;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The counts kept as rows change (V14) equal what aggregating the rows afresh gives,
 * after every kind of change: articles stored, one stored again with another date and
 * other people, people merged (one of them named in the same article), a source merged
 * into another, an article deleted, an article dated again, an article flagged, people
 * recognised again; and the mentions carry their article's date (V15), and each source
 * keeps the files holding its articles and each entity the titles articles give it (V23).
 */
@ArchiveTest
@DirtiesContext
class KeptCountsTests {

	private static final String FRESH_ENTITY_COUNTS = """
			select entity_id || ':' || count(*) || ':' || sum(mention_count) from mentions
			group by entity_id order by entity_id""";

	private static final String KEPT_ENTITY_COUNTS = """
			select entity_id || ':' || articles || ':' || mentions from entity_counts order by entity_id""";

	private static final String FRESH_MONTHS = """
			select m.entity_id || ':' || substring(a.published_value, 1, 7) || ':' || count(*)
			from mentions m join articles a on a.id = m.article_id
			where a.published_precision in ('MONTH', 'DAY', 'MINUTE', 'SECOND')
			group by m.entity_id, substring(a.published_value, 1, 7) order by 1""";

	private static final String KEPT_MONTHS = """
			select entity_id || ':' || month || ':' || articles from entity_month_counts order by 1""";

	private static final String FRESH_SOURCE_ENTITIES = """
			select a.source_id || ':' || m.entity_id || ':' || count(*) || ':' || sum(m.mention_count)
			from mentions m join articles a on a.id = m.article_id group by a.source_id, m.entity_id order by 1""";

	private static final String KEPT_SOURCE_ENTITIES = """
			select source_id || ':' || entity_id || ':' || articles || ':' || mentions from source_entity_counts
			order by 1""";

	private static final String FRESH_SOURCES = """
			select source_id || ':' || count(*) || ':' || count(*) filter (where warnings <> '' or damaged_spots > 0)
			  || ':' || sum(damaged_spots) from articles group by source_id order by 1""";

	private static final String KEPT_SOURCES = """
			select source_id || ':' || articles || ':' || flagged || ':' || damaged_spots from source_counts
			order by 1""";

	private static final String FRESH_FORMATS = """
			select source_id || ':' || parser || ':' || count(*) from articles group by source_id, parser order by 1""";

	private static final String KEPT_FORMATS = """
			select source_id || ':' || parser || ':' || articles from source_format_counts order by 1""";

	private static final String FRESH_CHART_MONTHS = """
			select month || ':' || count(*) from (select case when published_precision is null then 'undated'
			  when published_precision = 'YEAR' then 'year' else to_char(published_first_day, 'YYYY-MM') end as month
			  from articles) a group by month order by 1""";

	private static final String KEPT_CHART_MONTHS = """
			select month || ':' || articles from month_counts order by 1""";

	private static final String FRESH_FILES = """
			select a.source_id || ':' || h.raw_document_id || ':' || count(*) || ':' || r.received_at
			from (select e.raw_document_id, e.article_id from raw_document_entries e
			      union select r.id, r.article_id from raw_documents r where r.article_id is not null) h
			join articles a on a.id = h.article_id join raw_documents r on r.id = h.raw_document_id
			group by a.source_id, h.raw_document_id, r.received_at order by 1""";

	private static final String KEPT_FILES = """
			select source_id || ':' || raw_document_id || ':' || articles || ':' || received_at from source_files
			order by 1""";

	private static final String FRESH_ROLES = """
			select distinct m.entity_id || ':' || r.role || ':' || m.article_id || ':' || coalesce(a.published_start::text, '')
			from mentions m join articles a on a.id = m.article_id cross join unnest(string_to_array(m.roles, E'\\n')) r (role)
			where m.roles <> '' order by 1""";

	private static final String KEPT_ROLES = """
			select entity_id || ':' || role || ':' || article_id || ':' || coalesce(published_start::text, '')
			from entity_role_articles order by 1""";

	private static final String MENTIONS_OUT_OF_ORDER = """
			select m.id from mentions m join articles a on a.id = m.article_id
			where m.published_start is distinct from a.published_start""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityCuration curation;

	@Autowired
	MentionRecorder recorder;

	@Test
	void keptCountsEqualFreshAggregatesAfterEveryChange() throws Exception {
		ArchiveFiles.upload(this.mvc, "wombat.jsonl",
				List.of(wombat(1, "Jens Stoltenberg met Vladimir Putin.", "2024-08-01"),
						wombat(2, "Jens Stoltenberg met Joe Biden.", "2024-08-02"),
						wombat(3, "Jens Stoltenberg met Joe Biden and Vladimir Putin.", "2024-08-03"),
						wombat(4, "Jens Stoltenberg spoke. Jens Stoltenberg left.", "2024-09-04")));
		ArchiveFiles.upload(this.mvc, "koala.jsonl",
				List.of(new Item("Koala report 1", "Vladimir Putin spoke.", "2024-08-05", "https://koala.example/1",
						"Koala Times"),
						new Item("Koala report 2", "Joe Biden spoke.", "2024-10-06", "https://koala.example/2",
								"Koala Times")));
		long wombat = source("wombat.example");
		long koala = source("koala.example");
		long stoltenberg = entity("jens-stoltenberg");
		long putin = entity("vladimir-putin");
		long biden = entity("joe-biden");
		// The recogniser reads no titles in these reports: they are given here, one
		// twice.
		this.jdbc.update("update mentions set roles = 'Secretary General' || chr(10) || 'Secretary General'"
				+ " || chr(10) || 'Chair' where entity_id = ?", stoltenberg);
		this.jdbc.update("update mentions set roles = 'President' where entity_id in (?, ?)", putin, biden);
		assertKeptEqualsFresh();
		assertThat(roles(stoltenberg)).containsExactly("Chair:9", "Secretary General:9");
		assertThat(kept(wombat)).isEqualTo("4:0:0");
		// The seed articles hold 2023 and one dated only to a year.
		assertThat(rows(KEPT_CHART_MONTHS)).containsExactly("2023-02:1", "2023-05:2", "2023-06:1", "2024-08:4",
				"2024-09:1", "2024-10:1", "year:1");
		assertThat(files(wombat)).containsExactly("wombat.jsonl:4");
		assertThat(keptNamed(wombat, stoltenberg)).isEqualTo("4:5");
		assertThat(keptNamed(koala, putin)).isEqualTo("1:1");

		ArchiveFiles.upload(this.mvc, "wombat-again.jsonl",
				List.of(wombat(1, "Joe Biden met Joe Biden's team.", "2024-10-01")));
		assertKeptEqualsFresh();
		assertThat(keptNamed(wombat, stoltenberg)).isEqualTo("3:4");
		assertThat(keptNamed(wombat, biden)).isEqualTo("3:4");
		assertThat(keptMonths(stoltenberg, "2024-08")).isEqualTo(2);
		assertThat(roles(stoltenberg)).containsExactly("Chair:8", "Secretary General:8");
		assertThat(rows(KEPT_CHART_MONTHS)).containsExactly("2023-02:1", "2023-05:2", "2023-06:1", "2024-08:3",
				"2024-09:1", "2024-10:2", "year:1");

		EntityDetail merged = this.curation.merge(putin, biden);
		assertKeptEqualsFresh();
		assertThat(merged.months()).isNotEmpty().isEqualTo(freshMonths(biden));
		assertThat(this.jdbc.queryForList("select articles from entity_counts where entity_id = ?", Long.class, putin))
			.isEmpty();
		assertThat(keptNamed(wombat, biden)).isEqualTo("3:5");
		assertThat(keptNamed(koala, biden)).isEqualTo("2:2");

		this.mvc
			.perform(post("/api/admin/sources/{slug}/merge", slug(koala)).param("into", slug(wombat))
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk());
		assertKeptEqualsFresh();
		assertThat(kept(wombat)).isEqualTo("6:0:0");
		assertThat(files(wombat)).containsExactly("koala.jsonl:2", "wombat-again.jsonl:1", "wombat.jsonl:4");
		assertThat(this.jdbc.queryForList("select articles from source_counts where source_id = ?", Long.class, koala))
			.isEmpty();
		assertThat(keptNamed(wombat, biden)).isEqualTo("5:7");

		long second = article("https://wombat.example/2");
		delete(second);
		assertKeptEqualsFresh();
		assertThat(kept(wombat)).isEqualTo("5:0:0");
		assertThat(keptNamed(wombat, stoltenberg)).isEqualTo("2:3");
		assertThat(rows(KEPT_CHART_MONTHS)).containsExactly("2023-02:1", "2023-05:2", "2023-06:1", "2024-08:2",
				"2024-09:1", "2024-10:2", "year:1");
		assertThat(files(wombat)).containsExactly("koala.jsonl:2", "wombat-again.jsonl:1", "wombat.jsonl:3");

		this.jdbc.update(
				"update articles set published_precision = 'YEAR', published_value = '2024',"
						+ " published_start = published_start - interval '100 days' where id = ?",
				article("https://wombat.example/4"));
		assertKeptEqualsFresh();
		assertThat(rows(KEPT_CHART_MONTHS)).containsExactly("2023-02:1", "2023-05:2", "2023-06:1", "2024-08:2",
				"2024-10:2", "year:2");

		long third = article("https://wombat.example/3");
		this.jdbc.update("update articles set warnings = 'odd bytes', damaged_spots = 2 where id = ?", third);
		assertKeptEqualsFresh();
		assertThat(kept(wombat)).isEqualTo("5:1:2");

		this.jdbc.update("delete from mentions where article_id = ?", third);
		this.recorder.recognise(third);
		assertKeptEqualsFresh();
		assertThat(keptNamed(wombat, stoltenberg)).isEqualTo("2:3");
	}

	private void assertKeptEqualsFresh() {
		assertThat(rows(KEPT_ENTITY_COUNTS)).isNotEmpty().isEqualTo(rows(FRESH_ENTITY_COUNTS));
		assertThat(rows(KEPT_MONTHS)).isNotEmpty().isEqualTo(rows(FRESH_MONTHS));
		assertThat(rows(KEPT_SOURCE_ENTITIES)).isNotEmpty().isEqualTo(rows(FRESH_SOURCE_ENTITIES));
		assertThat(rows(KEPT_SOURCES)).isNotEmpty().isEqualTo(rows(FRESH_SOURCES));
		assertThat(rows(KEPT_FORMATS)).isNotEmpty().isEqualTo(rows(FRESH_FORMATS));
		assertThat(rows(KEPT_CHART_MONTHS)).isNotEmpty().isEqualTo(rows(FRESH_CHART_MONTHS));
		assertThat(rows(MENTIONS_OUT_OF_ORDER)).isEmpty();
		assertThat(rows(KEPT_FILES)).isNotEmpty().isEqualTo(rows(FRESH_FILES));
		assertThat(rows(KEPT_ROLES)).isEqualTo(rows(FRESH_ROLES));
		assertThat(rows("select tx from counts_pending union all select tx from mention_changes"
				+ " union all select tx from article_changes"))
			.isEmpty();
	}

	/**
	 * A person's months counted afresh: the page a merge answers with is read in the
	 * merge's transaction, before its changes are added to the kept counts at commit.
	 */
	private Map<String, Long> freshMonths(long entity) {
		Map<String, Long> months = new LinkedHashMap<>();
		this.jdbc.query(
				"""
						select substring(a.published_value, 1, 7), count(*) from mentions m join articles a on a.id = m.article_id
						where m.entity_id = ? and a.published_precision in ('MONTH', 'DAY', 'MINUTE', 'SECOND')
						group by 1 order by 1""",
				(row) -> {
					months.put(row.getString(1), row.getLong(2));
				}, entity);
		return months;
	}

	private List<String> rows(String sql) {
		return this.jdbc.queryForList(sql, String.class);
	}

	private static Item wombat(int number, String text, String date) {
		return new Item("Wombat report " + number, text, date, "https://wombat.example/" + number, "Wombat Daily");
	}

	private String kept(long source) {
		return this.jdbc.queryForObject(
				"select articles || ':' || flagged || ':' || damaged_spots from source_counts where source_id = ?",
				String.class, source);
	}

	private List<String> roles(long entity) {
		return this.jdbc.queryForList(
				"""
						select role || ':' || count(*) from entity_role_articles where entity_id = ? group by role order by role""",
				String.class, entity);
	}

	private List<String> files(long source) {
		return this.jdbc.queryForList(
				"""
						select r.file_name || ':' || f.articles from source_files f join raw_documents r on r.id = f.raw_document_id
						where f.source_id = ? order by r.file_name""",
				String.class, source);
	}

	private String keptNamed(long source, long entity) {
		return this.jdbc.queryForObject(
				"select articles || ':' || mentions from source_entity_counts where source_id = ? and entity_id = ?",
				String.class, source, entity);
	}

	private long keptMonths(long entity, String month) {
		return this.jdbc.queryForObject("select articles from entity_month_counts where entity_id = ? and month = ?",
				Long.class, entity, month);
	}

	private long source(String host) {
		return this.jdbc.queryForObject("select distinct source_id from articles where url like ?", Long.class,
				"https://" + host + "/%");
	}

	private String slug(long source) {
		return this.jdbc.queryForObject("select slug from sources where id = ?", String.class, source);
	}

	private long entity(String key) {
		return this.jdbc.queryForObject("select id from entities where key = ?", Long.class, key);
	}

	private long article(String url) {
		return this.jdbc.queryForObject("select id from articles where url = ?", Long.class, url);
	}

	/**
	 * The archive has no way to delete an article yet: rows referring to it go or let go
	 * of it, then the article (its mentions go with it).
	 */
	private void delete(long articleId) {
		List<Map<String, Object>> references = this.jdbc.queryForList("""
				select c.conrelid::regclass::text as "table", a.attname as "column", c.confdeltype as "onDelete"
				from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
				where c.confrelid = 'articles'::regclass and c.contype = 'f'""");
		for (Map<String, Object> reference : references) {
			String table = (String) reference.get("table");
			String column = (String) reference.get("column");
			if ("c".equals(String.valueOf(reference.get("onDelete")))) {
				continue;
			}
			if (table.equals("raw_documents")) {
				this.jdbc.update("update raw_documents set article_id = null where article_id = ?", articleId);
			}
			else {
				this.jdbc.update("delete from " + table + " where " + column + " = ?", articleId);
			}
		}
		this.jdbc.update("delete from articles where id = ?", articleId);
	}

}
