package org.newsarchive.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.article.ArticleStore;
import org.newsarchive.search.SearchIndexer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * An import stores its files in batches of articles, each batch one transaction with its
 * files' results: rows written in the same transaction share PostgreSQL's {@code xmin},
 * which tells the batches apart. Each test imports files of its own titles.
 */
@ArchiveTest
@TestPropertySource(properties = { "archive.ingest.batch-size=3", "archive.ingest.batch-time=10m" })
class BatchedImportTests {

	@Autowired
	ImportService imports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndexer indexer;

	@MockitoSpyBean
	Parsers parsers;

	@MockitoSpyBean
	ArticleStore store;

	@Autowired
	EntityManager entityManager;

	@Test
	void aRunOfExactlyTheBatchSizeIsOneTransactionWithItsResults() {
		List<ImportResult> results = this.imports.importFiles("upload", files("Exact", 3));
		assertThat(results).extracting(ImportResult::status)
			.containsExactly(ImportStatus.CREATED, ImportStatus.CREATED, ImportStatus.CREATED);
		assertThat(articlesPerTransaction("Exact")).containsExactly(3);
		assertThat(this.jdbc.queryForObject("""
				select count(distinct x) from (
					select xmin::text as x from articles where title like 'Exact %'
					union all select xmin::text from import_results where file_name like 'exact-%'
					union all select xmin::text from raw_documents where file_name like 'exact-%') rows""", Long.class))
			.isEqualTo(1);
	}

	@Test
	void oneArticleMoreThanTheBatchSizeIsASecondTransaction() {
		List<ImportResult> results = this.imports.importFiles("upload", files("Plus", 4));
		assertThat(results).extracting(ImportResult::status).containsOnly(ImportStatus.CREATED).hasSize(4);
		assertThat(articlesPerTransaction("Plus")).containsExactly(3, 1);
	}

	@Test
	void eachFileIsReadOnceForItsBatch() {
		this.imports.importFiles("upload", files("Once", 2));
		verify(this.parsers, times(1)).read(argThat((decoded) -> decoded.text().startsWith("Once 1\n")));
		verify(this.parsers, times(1)).read(argThat((decoded) -> decoded.text().startsWith("Once 2\n")));
	}

	/**
	 * Each query of a transaction first checks every entity it holds for changes: were
	 * the batch's files and stored articles kept there, a batch of n articles would cost
	 * n² such checks, which was 40 % of the import's time. Its new articles are held only
	 * until it writes them at once, before it records their people; its files never.
	 */
	@Test
	void aBatchHoldsNoFileAndItsNewArticlesOnlyUntilItWritesThem() {
		List<Integer> held = new ArrayList<>();
		doAnswer((stored) -> {
			Object outcome = stored.callRealMethod();
			held.add(this.entityManager.unwrap(Session.class).getStatistics().getEntityCount());
			return outcome;
		}).when(this.store)
			.storeInBatch(argThat((article) -> article != null && article.title().startsWith("Held ")), anyLong(),
					isNull());
		List<Integer> afterWriting = new ArrayList<>();
		Thread storing = Thread.currentThread();
		doAnswer((written) -> {
			written.callRealMethod();
			// the read-ahead's look-ups write what their own transactions hold: nothing
			if (Thread.currentThread() == storing) {
				afterWriting.add(this.entityManager.unwrap(Session.class).getStatistics().getEntityCount());
			}
			return null;
		}).when(this.store).writeBatch();
		List<ImportResult> results = this.imports.importFiles("upload", files("Held", 3));
		assertThat(results).extracting(ImportResult::status).containsOnly(ImportStatus.CREATED);
		assertThat(held).containsExactly(2, 3, 4);
		assertThat(afterWriting).containsExactly(1);
	}

	@Test
	void aFailureInTheMiddleOfABatchRejectsThatArticleAndKeepsTheRest() {
		DataIntegrityViolationException refused = new DataIntegrityViolationException("refused");
		doThrow(refused).when(this.store)
			.storeInBatch(argThat((article) -> article != null && "Middle 2".equals(article.title())), anyLong(),
					isNull());
		doThrow(refused).when(this.store)
			.store(argThat((article) -> article != null && "Middle 2".equals(article.title())), anyLong(), isNull(),
					any());
		List<ImportResult> results = this.imports.importFiles("upload", files("Middle", 3));
		assertThat(results).extracting(ImportResult::status)
			.containsExactly(ImportStatus.CREATED, ImportStatus.REJECTED, ImportStatus.CREATED);
		assertThat(results.get(1).error())
			.isEqualTo("the article could not be stored (the details are in the server log)");
		assertThat(this.jdbc.queryForList("select title from articles where title like 'Middle %' order by title",
				String.class))
			.containsExactly("Middle 1", "Middle 3");
		// the rejected file is kept with its result, as every file is
		assertThat(this.jdbc.queryForObject("""
				select count(*) from import_results x join raw_documents r on r.id = x.raw_document_id
				where x.file_name like 'middle-%'""", Long.class)).isEqualTo(3);
		assertThat(this.indexer.reconcile()).isEqualTo(new SearchIndexer.Report(0, 0));
	}

	@Test
	void aRunStoppedMidwayAndRunAgainStoresOnlyTheRest() {
		AtomicInteger done = new AtomicInteger();
		this.imports.importFiles("upload", files("Resumed", 7).iterator(), new ImportListener() {

			@Override
			public void fileDone(ImportResult result) {
				done.incrementAndGet();
			}

			@Override
			public boolean cancelled() {
				// stopped once the first batch is stored: the next is never taken
				return done.get() >= 3;
			}

		});
		assertThat(done).hasValue(3);
		List<ImportResult> again = this.imports.importFiles("upload", files("Resumed", 7));
		assertThat(again).extracting(ImportResult::status)
			.containsExactly(ImportStatus.UNCHANGED, ImportStatus.UNCHANGED, ImportStatus.UNCHANGED,
					ImportStatus.CREATED, ImportStatus.CREATED, ImportStatus.CREATED, ImportStatus.CREATED);
		assertThat(this.jdbc.queryForObject("select count(*) from articles where title like 'Resumed %'", Long.class))
			.isEqualTo(7);
		assertThat(this.jdbc.queryForObject("select count(*) from raw_documents where file_name like 'resumed-%'",
				Long.class))
			.isEqualTo(7);
		assertThat(this.indexer.reconcile()).isEqualTo(new SearchIndexer.Report(0, 0));
	}

	@Test
	void thePastRunsShowTheirFirstFilesAndCountTheRest() {
		this.imports.importFiles("upload", files("Listed", 52));
		ImportRunView latest = this.imports.recentRuns().getFirst();
		assertThat(latest.fileCount()).isEqualTo(52);
		assertThat(latest.files()).hasSize(50);
		assertThat(latest.files().getLast().file()).isEqualTo("listed-50.txt");
	}

	/** The number of articles of each transaction that stored the titles, in id order. */
	private List<Integer> articlesPerTransaction(String title) {
		return this.jdbc.queryForList("""
				select count(*)::int from articles where title like ? group by xmin::text order by min(id)""",
				Integer.class, title + " %");
	}

	/** Files of one China Military Online article each, titled {@code title 1} on. */
	private static List<IncomingFile> files(String title, int count) {
		List<IncomingFile> files = new ArrayList<>();
		IntStream.rangeClosed(1, count)
			.forEach((i) -> files.add(new IncomingFile("%s-%02d.txt".formatted(title.toLowerCase(), i),
					("%s %d\n\n标题\n\nSource\nChina Military Online\nEditor\nLi Jiayao\nTime\n2023-05-12 18:07:23\n\n"
							+ "NATO plans an office %d.\n\n北约计划设立办事处。\n")
						.formatted(title, i, i)
						.getBytes(StandardCharsets.UTF_8))));
		return files;
	}

}
