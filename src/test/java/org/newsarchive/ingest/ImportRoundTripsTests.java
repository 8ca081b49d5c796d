package org.newsarchive.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.StatementCounting;
import org.newsarchive.search.SearchIndexer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trips to the database the storing thread makes for a batch of new files,
 * counted at the driver: each is a wait of the import, which on an idle machine waited
 * two thirds of the time. What can be asked once a batch is asked once a batch. Each test
 * imports files of its own titles and people.
 */
@ArchiveTest
@Import(StatementCounting.class)
@TestPropertySource(properties = { "archive.ingest.batch-size=8", "archive.ingest.batch-time=10m" })
class ImportRoundTripsTests {

	@Autowired
	ImportService imports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndexer indexer;

	@Test
	void aNewFileIsLookedUpByItsHashOnlyAhead() {
		StatementCounting.clear();
		List<ImportResult> results = this.imports.importFiles("upload", files("Hashed", "王", 8));
		assertThat(results).extracting(ImportResult::status).containsOnly(ImportStatus.CREATED).hasSize(8);
		assertThat(StatementCounting.executions("select", "sha256=")).isZero();
		assertThat(StatementCounting.executions("select", "from raw_document_entries")).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from raw_documents r join articles a on a.id = r.article_id where a.title like 'Hashed %'",
				Long.class))
			.isEqualTo(8);
	}

	@Test
	void aBatchLinksItsFilesToTheirArticlesAtOnce() {
		StatementCounting.clear();
		List<ImportResult> results = this.imports.importFiles("upload", files("Linked", "李", 8));
		assertThat(results).extracting(ImportResult::status).containsOnly(ImportStatus.CREATED).hasSize(8);
		assertThat(StatementCounting.executions("update raw_documents", "article_id")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from raw_documents r join articles a on a.id = r.article_id where a.title like 'Linked %'",
				Long.class))
			.isEqualTo(8);
		assertThat(this.indexer.reconcile()).isEqualTo(new SearchIndexer.Report(0, 0));
	}

	@Test
	void aBatchLinksItsFilesInOneStatementForTheTriggersOfTheFilesKept() {
		List<Integer> linked = rowsPerStatement("update", "raw_documents", "article_id is not null", () -> {
			List<ImportResult> results = this.imports.importFiles("upload", files("Once linked", "钱", 8));
			assertThat(results).extracting(ImportResult::status).containsOnly(ImportStatus.CREATED).hasSize(8);
		});
		assertThat(linked).containsExactly(8);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from raw_documents r join articles a on a.id = r.article_id
				join source_files f on f.raw_document_id = r.id and f.source_id = a.source_id and f.articles = 1
				where a.title like 'Once linked %'""", Long.class)).isEqualTo(8);
	}

	@Test
	void aBatchLinksTheEntriesOfItsFilesInOneStatementForTheTriggersOfTheFilesKept() {
		// seven entries: the driver sent a batch of inserts as statements of 4, 2 and 1
		String items = IntStream.rangeClosed(1, 7)
			.mapToObj((i) -> """
					{"title": "Entry %1$d", "content": "第%1$d条的正文。", "url": "https://entries.example/%1$d",
					 "website": "entries.example", "date": "2023-05-1%1$d"}""".formatted(i))
			.collect(Collectors.joining(",", "[", "]"));
		List<Integer> linked = rowsPerStatement("insert", "raw_document_entries", "true", () -> {
			List<ImportResult> results = this.imports.importFiles("upload",
					List.of(new IncomingFile("entries.json", items.getBytes(StandardCharsets.UTF_8))));
			assertThat(results).extracting(ImportResult::status).containsExactly(ImportStatus.CREATED);
		});
		assertThat(linked).containsExactly(7);
		assertThat(this.jdbc.queryForList("""
				select e.entry || ': ' || a.title || ', ' || f.articles from raw_document_entries e
				join articles a on a.id = e.article_id
				join source_files f on f.raw_document_id = e.raw_document_id and f.source_id = a.source_id
				where a.url like 'https://entries.example/%' order by e.entry""", String.class))
			.containsExactly(IntStream.rangeClosed(1, 7)
				.mapToObj((i) -> "%d: Entry %d, 7".formatted(i - 1, i))
				.toArray(String[]::new));
		assertThat(this.indexer.reconcile()).isEqualTo(new SearchIndexer.Report(0, 0));
	}

	@Test
	void theNewPeopleOfABatchAreInsertedAtOnce() {
		long before = this.jdbc.queryForObject("select count(*) from entities", Long.class);
		StatementCounting.clear();
		List<ImportResult> results = this.imports.importFiles("upload", files("People", "赵", 8));
		assertThat(results).extracting(ImportResult::status).containsOnly(ImportStatus.CREATED).hasSize(8);
		assertThat(this.jdbc.queryForObject("select count(*) from entities", Long.class) - before).isEqualTo(8);
		assertThat(StatementCounting.executions("insert into entities", "")).isEqualTo(1);
	}

	@Test
	void aBatchInsertsItsNewArticlesTheirBlocksAndContributorsAtOnce() {
		StatementCounting.clear();
		List<ImportResult> results = this.imports.importFiles("upload", files("Inserted", "孙", 8));
		assertThat(results).extracting(ImportResult::status).containsOnly(ImportStatus.CREATED).hasSize(8);
		assertThat(StatementCounting.executions("insert into articles", "")).isEqualTo(1);
		assertThat(StatementCounting.executions("insert into article_blocks", "")).isEqualTo(1);
		assertThat(StatementCounting.executions("insert into article_contributors", "")).isEqualTo(1);
		assertThat(this.jdbc.queryForList("""
				select a.title || ': ' || count(distinct b.position) || ' blocks, ' || count(distinct c.position)
				  || ' contributors, ' || count(distinct m.id) || ' mentions'
				from articles a join article_blocks b on b.article_id = a.id
				  join article_contributors c on c.article_id = a.id join mentions m on m.article_id = a.id
				where a.title like 'Inserted %' group by a.title order by a.title""", String.class))
			.containsExactly(IntStream.rangeClosed(1, 8)
				.mapToObj("Inserted %d: 2 blocks, 1 contributors, 2 mentions"::formatted)
				.toArray(String[]::new));
		assertThat(this.indexer.reconcile()).isEqualTo(new SearchIndexer.Report(0, 0));
	}

	@Test
	void aBatchOfNewArticlesLooksUpTheirAddressesOnceAnOutlet() {
		List<IncomingFile> files = IntStream.rangeClosed(1, 8)
			.mapToObj((i) -> new IncomingFile("addressed-%d.xml".formatted(i), """
					<doc><id>%1$d</id><url>https://www.chinanews.com/gn/2020/09-09/%1$d.shtml</url>
					<title>Addressed %1$d</title><datetime>2020-09-09 10:00:00</datetime><body>第%1$d篇的正文。</body></doc>
					""".formatted(i).getBytes(StandardCharsets.UTF_8)))
			.toList();
		StatementCounting.clear();
		List<ImportResult> results = this.imports.importFiles("upload", files);
		assertThat(results).extracting(ImportResult::status).containsOnly(ImportStatus.CREATED).hasSize(8);
		assertThat(StatementCounting.executions("select", ".url=?")).isZero();
		assertThat(StatementCounting.executions("select", ".url in (")).isEqualTo(1);
		// the same addresses again, in another file each: found, and left as they are
		List<IncomingFile> again = files.stream()
			.map((file) -> new IncomingFile("again-" + file.name(),
					new String(file.content(), StandardCharsets.UTF_8).replace("<id>", "<id>0")
						.getBytes(StandardCharsets.UTF_8)))
			.toList();
		assertThat(this.imports.importFiles("upload", again)).extracting(ImportResult::status)
			.containsOnly(ImportStatus.UNCHANGED)
			.hasSize(8);
		assertThat(this.jdbc.queryForObject("select count(*) from articles where title like 'Addressed %'", Long.class))
			.isEqualTo(8);
	}

	/**
	 * Files of one China Military Online article each, titled {@code title 1} on, each
	 * naming a minister of the given surname no other file names.
	 */
	private static List<IncomingFile> files(String title, String surname, int count) {
		String given = "国华建军志强海涛明辉振宇";
		return IntStream.rangeClosed(1, count)
			.mapToObj((i) -> new IncomingFile("%s-%02d.txt".formatted(title.toLowerCase(), i),
					("%s %d\n\n标题\n\nSource\nChina Military Online\nEditor\nLi Jiayao\nTime\n2023-05-12 18:07:23\n\n"
							+ "NATO plans an office %d.\n\n国防部长%s%s会见了来访的代表团。\n")
						.formatted(title, i, i, surname, given.substring(i, i + 2))
						.getBytes(StandardCharsets.UTF_8)))
			.toList();
	}

	/**
	 * The rows of {@code table} each statement of {@code work} inserted or updated
	 * ({@code event}) that match {@code condition}, one count a statement, from a
	 * statement trigger that lives as long as the work.
	 */
	private List<Integer> rowsPerStatement(String event, String table, String condition, Runnable work) {
		this.jdbc.execute("create table rows_per_statement (changed integer)");
		this.jdbc.execute("""
				create function count_rows_per_statement() returns trigger language plpgsql as $$
				begin
					insert into rows_per_statement select count(*) from changed where %s;
					return null;
				end $$""".formatted(condition));
		this.jdbc.execute("""
				create trigger rows_counted after %s on %s referencing new table as changed
				for each statement execute function count_rows_per_statement()""".formatted(event, table));
		try {
			work.run();
			return this.jdbc.queryForList("select changed from rows_per_statement", Integer.class);
		}
		finally {
			this.jdbc.execute("drop trigger rows_counted on " + table);
			this.jdbc.execute("drop function count_rows_per_statement()");
			this.jdbc.execute("drop table rows_per_statement");
		}
	}

}
