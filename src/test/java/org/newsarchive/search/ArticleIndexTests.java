package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ArticleIndexTests {

	@Test
	void indexedArticlesSurviveClosingAndReopeningAFolder(@TempDir Path folder) throws IOException {
		try (ArticleIndex index = new ArticleIndex(folder)) {
			index.index(ArticleSearchTests.article(1)
				.source("guancha", "观察者网 Guancha")
				.languages("zh-Hant")
				.title("日媒曝北約擬在東京設立亞洲首個聯絡處")
				.version(4)
				.build());
		}
		try (ArticleIndex index = new ArticleIndex(folder)) {
			assertThat(index.count()).isEqualTo(1);
			assertThat(index.indexedVersions()).containsExactly(entry(1L, 4L));
			assertThat(new ArticleSearch(index).search(SearchQuery.text("北约联络处")).total()).isZero();
			assertThat(new ArticleSearch(index).search(SearchQuery.text("北约 联络处")).hits())
				.extracting(SearchResult.Hit::id)
				.containsExactly(1L);
		}
	}

	@Test
	void aSearchSeesEveryWriteThatReturnedWhileTheDiskIsSyncedInBatches(@TempDir Path folder) throws IOException {
		try (Directory directory = FSDirectory.open(folder);
				ArticleIndex index = new ArticleIndex(directory, Duration.ofHours(1))) {
			for (long id = 1; id <= 3; id++) {
				index.index(ArticleSearchTests.article(id)
					.source("guancha", "观察者网 Guancha")
					.title("北约第" + id + "次会议")
					.version(1)
					.build());
				assertThat(index.count()).isEqualTo((int) id);
			}
			index.delete(2);
			assertThat(index.indexedVersions()).containsOnlyKeys(1L, 3L);
			index.commit();
			try (DirectoryReader committed = DirectoryReader.open(directory)) {
				assertThat(committed.numDocs()).isEqualTo(2);
			}
			index.index(ArticleSearchTests.article(4)
				.source("guancha", "观察者网 Guancha")
				.title("北约第4次会议")
				.version(1)
				.build());
			try (DirectoryReader committed = DirectoryReader.open(directory)) {
				assertThat(committed.numDocs()).as("not synced to disk per article").isEqualTo(2);
			}
		}
		try (ArticleIndex reopened = new ArticleIndex(folder)) {
			assertThat(reopened.indexedVersions()).as("closing commits").containsOnlyKeys(1L, 3L, 4L);
		}
	}

	@Test
	void versionsAreKeptAsDocValuesSoTheStartUpCheckReadsNoStoredText() throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			try (ArticleIndex index = new ArticleIndex(directory)) {
				index.index(
						ArticleSearchTests.article(7).source("guancha", "观察者网 Guancha").title("北约").version(3).build());
			}
			try (DirectoryReader committed = DirectoryReader.open(directory)) {
				NumericDocValues versions = MultiDocValues.getNumericValues(committed, SearchFields.VERSION_VALUE);
				assertThat(versions).isNotNull();
				assertThat(versions.advanceExact(0)).isTrue();
				assertThat(versions.longValue()).isEqualTo(3L);
			}
		}
	}

	@Test
	void anIndexWrittenBeforeVersionsWereDocValuesIsStillReadAndMixesWithNewEntries() throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter older = new IndexWriter(directory, new IndexWriterConfig())) {
				for (long id = 1; id <= 2; id++) {
					Document doc = new Document();
					doc.add(new StringField(SearchFields.ID, Long.toString(id), Field.Store.YES));
					doc.add(new NumericDocValuesField(SearchFields.ID, id));
					doc.add(new StoredField(SearchFields.VERSION, id + 10));
					older.updateDocument(new Term(SearchFields.ID, Long.toString(id)), doc);
				}
			}
			try (ArticleIndex index = new ArticleIndex(directory)) {
				index.index(ArticleSearchTests.article(2)
					.source("guancha", "观察者网 Guancha")
					.title("北约")
					.version(20)
					.build());
				index.index(ArticleSearchTests.article(3)
					.source("guancha", "观察者网 Guancha")
					.title("北约")
					.version(30)
					.build());
				index.commit();
				assertThat(index.indexedVersions()).containsOnly(entry(1L, 11L), entry(2L, 20L), entry(3L, 30L));
			}
		}
	}

	@Test
	void readersSeeTheWritesOfEachIntervalAtItsRefreshWhileTheImportReadsEveryWrite() throws IOException {
		// An hour: the refresh thread never runs within the test, which refreshes
		// instead.
		try (Directory directory = new ByteBuffersDirectory();
				ArticleIndex index = new ArticleIndex(directory, Duration.ofHours(1), Duration.ofHours(1), null)) {
			ArticleSearch readers = new ArticleSearch(index);
			long first = readers.generation().getAsLong();
			for (long id = 1; id <= 4; id++) {
				index.indexAll(List.of(meeting(id)));
				assertThat(readers.search(SearchQuery.text("北约")).total()).as("batch %d, before the refresh", id)
					.isZero();
				assertThat(readers.generation()).hasValue(first);
			}
			index.refreshForReaders();
			assertThat(readers.search(SearchQuery.text("北约")).total()).as("after the refresh").isEqualTo(4);
			long second = readers.generation().getAsLong();
			assertThat(second).isGreaterThan(first);
			index.refreshForReaders();
			assertThat(readers.generation()).as("nothing written since").hasValue(second);

			index.index(meeting(5));
			assertThat(readers.generation()).hasValue(second);
			assertThat(index.count()).as("what the import reads back is every write").isEqualTo(5);
			assertThat(readers.search(SearchQuery.text("北约")).total()).as("read along with it").isEqualTo(5);

			index.index(meeting(6));
			index.showEverythingWritten();
			assertThat(readers.search(SearchQuery.text("北约")).total()).as("an administrator's change").isEqualTo(6);
		}
	}

	@Test
	void theRefreshThreadShowsReadersAWriteWithinTheInterval() throws Exception {
		try (Directory directory = new ByteBuffersDirectory();
				ArticleIndex index = new ArticleIndex(directory, Duration.ofHours(1), Duration.ofMillis(50), null)) {
			ArticleSearch readers = new ArticleSearch(index);
			index.index(meeting(1));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (readers.search(SearchQuery.text("北约")).total() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			assertThat(readers.search(SearchQuery.text("北约")).total()).isEqualTo(1);
		}
	}

	@Test
	void withoutARefreshIntervalReadersSeeEveryWriteAtOnce() throws IOException {
		try (Directory directory = new ByteBuffersDirectory();
				ArticleIndex index = new ArticleIndex(directory, Duration.ofHours(1), Duration.ZERO, null)) {
			ArticleSearch readers = new ArticleSearch(index);
			for (long id = 1; id <= 3; id++) {
				index.index(meeting(id));
				assertThat(readers.search(SearchQuery.text("北约")).total()).isEqualTo(id);
			}
		}
	}

	@Test
	void aReadersSearchNeverWaitsForTheRefresh() throws Exception {
		AtomicBoolean slow = new AtomicBoolean();
		CountDownLatch refreshing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		SearcherFactory searchers = new SearcherFactory() {

			@Override
			public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
				if (slow.get()) {
					refreshing.countDown();
					await(release);
				}
				return super.newSearcher(reader, previous);
			}

		};
		try (Directory directory = new ByteBuffersDirectory();
				ArticleIndex index = new ArticleIndex(directory, Duration.ofHours(1), Duration.ofHours(1), searchers)) {
			ArticleSearch readers = new ArticleSearch(index);
			index.index(meeting(1));
			index.refreshForReaders();
			index.index(meeting(2));
			slow.set(true);
			CompletableFuture<Void> refresh = CompletableFuture.runAsync(() -> {
				try {
					index.refreshForReaders();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			assertThat(refreshing.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(readers.search(SearchQuery.text("北约")).total()).as("while the refresh is under way")
				.isEqualTo(1);
			release.countDown();
			refresh.get(10, TimeUnit.SECONDS);
			assertThat(readers.search(SearchQuery.text("北约")).total()).isEqualTo(2);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static IndexedArticle meeting(long id) {
		return ArticleSearchTests.article(id)
			.source("guancha", "观察者网 Guancha")
			.title("北约第" + id + "次会议")
			.version(1)
			.build();
	}

}
