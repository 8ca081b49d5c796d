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
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article index: one Lucene document per article, replaced whole on every change.
 * <p>
 * A search sees every write that returned before it began: the first search after a
 * change refreshes the near-real-time reader. Writes are committed to disk about once a
 * second, not each time: a commit creates and syncs files, which cost more than indexing
 * an article, so committing per article held an import to the disk's pace. What a crash
 * loses of the last second is indexed again at start-up, where the index is checked
 * against the database ({@code SearchIndexer}).
 */
public final class ArticleIndex implements SearchIndex, Closeable {

	private static final Logger logger = LoggerFactory.getLogger(ArticleIndex.class);

	private static final Duration COMMIT_EVERY = Duration.ofSeconds(1);

	private final Directory directory;

	private final boolean ownsDirectory;

	private final Analyzer analyzer = SearchAnalyzers.perField();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/** How many writes have returned; each search makes sure its reader has them all. */
	private final AtomicLong written = new AtomicLong();

	private final Object refreshing = new Object();

	private volatile long refreshedTo;

	private final ScheduledExecutorService committer = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("index-commit").daemon().factory());

	/** Opens (or creates) the index in a folder. */
	public ArticleIndex(Path folder) throws IOException {
		this(FSDirectory.open(folder), true, COMMIT_EVERY);
	}

	/** Opens (or creates) the index in a directory the caller owns and closes. */
	public ArticleIndex(Directory directory) throws IOException {
		this(directory, false, COMMIT_EVERY);
	}

	/** An index committed on its own at the given pace, e.g. never within a test. */
	ArticleIndex(Directory directory, Duration commitEvery) throws IOException {
		this(directory, false, commitEvery);
	}

	private ArticleIndex(Directory directory, boolean ownsDirectory, Duration commitEvery) throws IOException {
		this.directory = directory;
		this.ownsDirectory = ownsDirectory;
		this.writer = new IndexWriter(directory, new IndexWriterConfig(this.analyzer));
		this.searchers = new SearcherManager(this.writer, null);
		this.committer.scheduleWithFixedDelay(this::commitQuietly, commitEvery.toMillis(), commitEvery.toMillis(),
				TimeUnit.MILLISECONDS);
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

	<T> T withSearcher(SearcherFunction<T> function) {
		try {
			refreshIfWritten();
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
	 * Opens a reader with every write that has returned, where the current one lacks
	 * some; many writes between two searches cost one refresh.
	 */
	private void refreshIfWritten() throws IOException {
		if (this.refreshedTo < this.written.get()) {
			synchronized (this.refreshing) {
				long target = this.written.get();
				if (this.refreshedTo < target) {
					this.searchers.maybeRefreshBlocking();
					this.refreshedTo = target;
				}
			}
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
		this.committer.shutdown();
		try {
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
