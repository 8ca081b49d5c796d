package org.newsarchive.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article index: one Lucene document per article, replaced whole on every change.
 * <p>
 * What readers search lags behind the writes by at most a refresh interval (a second in
 * the portal) and one refresh: a thread of the index refreshes the near-real-time reader
 * once per interval where something was written, and readers' searches never refresh it
 * themselves. A refresh during an import writes the batch's new segment and opens it; the
 * request that did so used to pay for it, 0.4-0.7 s on a busy machine at 100,000
 * articles, and an import writing a batch every few hundred milliseconds moves what
 * readers see once a second, not every batch (each move makes every kept answer be
 * computed again). A change an administrator makes (see {@link #showEverythingWritten()})
 * and what is read through {@link #withSearcher} (the import's and the start-up check's
 * own reading) see every write that returned; so does every search where there is no
 * interval, as in tests. Writes are committed to disk about once a second, not each time:
 * a commit creates and syncs files, which cost more than indexing an article, so
 * committing per article held an import to the disk's pace. What a crash loses of the
 * last second is indexed again at start-up, where the index is checked against the
 * database ({@code SearchIndexer}).
 */
public final class ArticleIndex implements SearchIndex, Closeable {

	private static final Logger logger = LoggerFactory.getLogger(ArticleIndex.class);

	private static final Duration COMMIT_EVERY = Duration.ofSeconds(1);

	private final Directory directory;

	private final boolean ownsDirectory;

	private final Analyzer analyzer = SearchAnalyzers.perField();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/** How many writes have returned. */
	private final AtomicLong written = new AtomicLong();

	private final ReentrantLock refreshing = new ReentrantLock();

	/** How many writes the current reader has. */
	private volatile long refreshedTo;

	/** Writes readers must see at once, whatever the interval. */
	private final AtomicLong shownTo = new AtomicLong();

	/** Whether readers see every write at once, there being no interval. */
	private final boolean readersSeeEveryWrite;

	private final ScheduledExecutorService committer = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("index-commit").daemon().factory());

	private final ScheduledExecutorService refresher = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("index-refresh").daemon().factory());

	/** Opens (or creates) the index in a folder; readers see every write at once. */
	public ArticleIndex(Path folder) throws IOException {
		this(folder, Duration.ZERO, GivingWay.NOBODY);
	}

	/**
	 * Opens (or creates) the index in a folder, readers' searches refreshed at most once
	 * per {@code refreshInterval} while writes keep coming, and its merges giving way to
	 * {@code readers} (see {@link MergesGiveWay}).
	 */
	public ArticleIndex(Path folder, Duration refreshInterval, GivingWay readers) throws IOException {
		this(FSDirectory.open(folder), true, COMMIT_EVERY, refreshInterval, null, readers);
	}

	/** Opens (or creates) the index in a directory the caller owns and closes. */
	public ArticleIndex(Directory directory) throws IOException {
		this(directory, false, COMMIT_EVERY, Duration.ZERO, null, GivingWay.NOBODY);
	}

	/** An index committed on its own at the given pace, e.g. never within a test. */
	ArticleIndex(Directory directory, Duration commitEvery) throws IOException {
		this(directory, false, commitEvery, Duration.ZERO, null, GivingWay.NOBODY);
	}

	/**
	 * An index whose readers' searches are refreshed once per {@code refreshInterval} and
	 * whose searchers {@code searchers} makes (null for Lucene's own).
	 */
	ArticleIndex(Directory directory, Duration commitEvery, Duration refreshInterval, SearcherFactory searchers)
			throws IOException {
		this(directory, false, commitEvery, refreshInterval, searchers, GivingWay.NOBODY);
	}

	private ArticleIndex(Directory directory, boolean ownsDirectory, Duration commitEvery, Duration refreshInterval,
			SearcherFactory searchers, GivingWay readers) throws IOException {
		this.directory = directory;
		this.ownsDirectory = ownsDirectory;
		this.writer = new IndexWriter(directory,
				new IndexWriterConfig(this.analyzer).setMergeScheduler(new MergesGiveWay(readers, System::nanoTime)));
		this.searchers = new SearcherManager(this.writer, searchers);
		this.readersSeeEveryWrite = refreshInterval.isZero();
		this.committer.scheduleWithFixedDelay(this::commitQuietly, commitEvery.toMillis(), commitEvery.toMillis(),
				TimeUnit.MILLISECONDS);
		if (!this.readersSeeEveryWrite) {
			this.refresher.scheduleWithFixedDelay(this::refreshForReadersQuietly, refreshInterval.toMillis(),
					refreshInterval.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** Adds the article, or replaces the entry of the same id. */
	public void index(IndexedArticle article) {
		indexAll(List.of(article));
	}

	@Override
	public void indexAll(Collection<IndexedArticle> articles) {
		write(() -> {
			for (IndexedArticle article : articles) {
				Document doc = ArticleDocuments.toDocument(article);
				this.writer.updateDocument(idTerm(article.id()), doc);
			}
		});
	}

	/** Removes the article's entry; nothing happens if there is none. */
	public void delete(long id) {
		deleteAll(List.of(id));
	}

	@Override
	public void deleteAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		write(() -> this.writer.deleteDocuments(ids.stream().map(ArticleIndex::idTerm).toArray(Term[]::new)));
	}

	/** Empties the index, as before a full rebuild. */
	public void deleteAll() {
		write(this.writer::deleteAll);
	}

	/** The analyzer the index was written with, for reading queries the same way. */
	Analyzer analyzer() {
		return this.analyzer;
	}

	@Override
	public Map<Long, Long> indexedVersions() {
		return withSearcher((searcher) -> {
			Map<Long, Long> versions = new HashMap<>();
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				Bits live = leaf.reader().getLiveDocs();
				NumericDocValues ids = leaf.reader().getNumericDocValues(SearchFields.ID);
				NumericDocValues versionValues = leaf.reader().getNumericDocValues(SearchFields.VERSION_VALUE);
				StoredFields stored = leaf.reader().storedFields();
				for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
					if (live != null && !live.get(doc)) {
						continue;
					}
					if (ids != null && versionValues != null && ids.advanceExact(doc)
							&& versionValues.advanceExact(doc)) {
						versions.put(ids.longValue(), versionValues.longValue());
					}
					else {
						// An entry written before versions were doc values.
						IdAndVersion fields = new IdAndVersion();
						stored.document(doc, fields);
						versions.put(fields.id, fields.version);
					}
				}
			}
			return versions;
		});
	}

	@Override
	public int count() {
		return withSearcher((searcher) -> searcher.getIndexReader().numDocs());
	}

	/** Reads a searcher that has every write that returned. */
	<T> T withSearcher(SearcherFunction<T> function) {
		return search(function, false);
	}

	/**
	 * Reads the searcher readers search: at most a refresh interval and a refresh behind
	 * the writes, and with every write an administrator's change
	 * {@link #showEverythingWritten() showed}.
	 */
	<T> T withReadersSearcher(SearcherFunction<T> function) {
		return search(function, true);
	}

	/**
	 * Makes the next reader's search see every write that has returned, as after an
	 * administrator's change: who changed something expects to find it.
	 */
	void showEverythingWritten() {
		this.shownTo.accumulateAndGet(this.written.get(), Math::max);
	}

	private <T> T search(SearcherFunction<T> function, boolean reader) {
		try {
			refreshIfWritten(reader);
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return function.apply(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search index could not be read", ex);
		}
	}

	private void write(IndexWrite change) {
		try {
			change.run();
			this.written.incrementAndGet();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search index could not be written", ex);
		}
	}

	/**
	 * Opens a reader with every write that has returned, where the search must see them
	 * and the current reader lacks some; many writes between two searches cost one
	 * refresh. A reader's search must only where a change must be shown or there is no
	 * interval: otherwise the refresh thread does it, and readers search the reader they
	 * have meanwhile.
	 */
	private void refreshIfWritten(boolean reader) throws IOException {
		long mustHave = (reader && !this.readersSeeEveryWrite) ? this.shownTo.get() : this.written.get();
		if (this.refreshedTo < mustHave) {
			refresh();
		}
	}

	/**
	 * What the refresh thread does once per interval: opens a reader with every write
	 * that has returned, if the current one lacks some.
	 */
	void refreshForReaders() throws IOException {
		if (this.refreshedTo < this.written.get()) {
			refresh();
		}
	}

	private void refresh() throws IOException {
		this.refreshing.lock();
		try {
			// Counted before the refresh: it has every write that returned by then.
			long target = this.written.get();
			if (this.refreshedTo < target) {
				this.searchers.maybeRefreshBlocking();
				this.refreshedTo = target;
			}
		}
		finally {
			this.refreshing.unlock();
		}
	}

	private void refreshForReadersQuietly() {
		try {
			refreshForReaders();
		}
		catch (IOException | RuntimeException ex) {
			// the next tick tries again
			logger.warn("Could not refresh what readers search", ex);
		}
	}

	/** Makes every write so far durable. */
	void commit() {
		try {
			if (this.writer.hasUncommittedChanges()) {
				this.writer.commit();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search index could not be committed", ex);
		}
	}

	private void commitQuietly() {
		try {
			commit();
		}
		catch (RuntimeException | Error ex) {
			// the next tick tries again; at start-up the index is checked against the
			// database whatever happened here
			logger.warn("Could not commit the search index", ex);
		}
	}

	private static Term idTerm(long id) {
		return new Term(SearchFields.ID, Long.toString(id));
	}

	@Override
	public void close() throws IOException {
		// Not interrupted: Lucene closes a file a thread is interrupted in, which ends
		// the
		// writer; a commit under way is let finish.
		this.refresher.shutdown();
		this.committer.shutdown();
		try {
			this.refresher.awaitTermination(1, TimeUnit.MINUTES);
			this.committer.awaitTermination(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try (Directory owned = this.ownsDirectory ? this.directory : null) {
			commit();
			this.searchers.close();
			this.writer.close();
			this.analyzer.close();
		}
	}

	/**
	 * Reads a document's id and version and stops, for entries written before versions
	 * were doc values: their stored text (kept for snippets) is most of their bytes.
	 */
	private static final class IdAndVersion extends StoredFieldVisitor {

		private long id;

		private long version;

		private int read;

		@Override
		public Status needsField(FieldInfo field) {
			if (this.read == 2) {
				return Status.STOP;
			}
			return (field.name.equals(SearchFields.ID) || field.name.equals(SearchFields.VERSION)) ? Status.YES
					: Status.NO;
		}

		@Override
		public void stringField(FieldInfo field, String value) {
			this.id = Long.parseLong(value);
			this.read++;
		}

		@Override
		public void longField(FieldInfo field, long value) {
			this.version = value;
			this.read++;
		}

	}

	@FunctionalInterface
	interface SearcherFunction<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	@FunctionalInterface
	private interface IndexWrite {

		void run() throws IOException;

	}

}
