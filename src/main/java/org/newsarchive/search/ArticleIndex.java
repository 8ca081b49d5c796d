package org.newsarchive.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The article index: one Lucene document per article, replaced whole on every change.
 * <p>
 * Every write commits and refreshes before it returns, so a search right after an index
 * call sees the change and a crash loses nothing that was reported as indexed. A commit
 * costs a few milliseconds (an fsync) which is cheap next to storing an article; bulk
 * rebuilds go through {@link #indexAll(Collection)}, which commits once.
 */
public final class ArticleIndex implements Closeable {

	private final Directory directory;

	private final boolean ownsDirectory;

	private final Analyzer analyzer = SearchAnalyzers.perField();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/** Opens (or creates) the index in a folder. */
	public ArticleIndex(Path folder) throws IOException {
		this(FSDirectory.open(folder), true);
	}

	/** Opens (or creates) the index in a directory the caller owns and closes. */
	public ArticleIndex(Directory directory) throws IOException {
		this(directory, false);
	}

	private ArticleIndex(Directory directory, boolean ownsDirectory) throws IOException {
		this.directory = directory;
		this.ownsDirectory = ownsDirectory;
		this.writer = new IndexWriter(directory, new IndexWriterConfig(this.analyzer));
		this.searchers = new SearcherManager(this.writer, null);
	}

	/** Adds the article, or replaces the entry of the same id. */
	public void index(IndexedArticle article) {
		indexAll(List.of(article));
	}

	/** Adds or replaces several articles with a single commit. */
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
		write(() -> this.writer.deleteDocuments(idTerm(id)));
	}

	/** Empties the index, as before a full rebuild. */
	public void deleteAll() {
		write(this.writer::deleteAll);
	}

	/** The analyzer the index was written with, for reading queries the same way. */
	Analyzer analyzer() {
		return this.analyzer;
	}

	/** The version each indexed article had when it was indexed, by article id. */
	public Map<Long, Long> indexedVersions() {
		return withSearcher((searcher) -> {
			Map<Long, Long> versions = new HashMap<>();
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				Bits live = leaf.reader().getLiveDocs();
				StoredFields stored = leaf.reader().storedFields();
				for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
					if (live == null || live.get(doc)) {
						Document fields = stored.document(doc);
						versions.put(Long.parseLong(fields.get(SearchFields.ID)),
								fields.getField(SearchFields.VERSION).numericValue().longValue());
					}
				}
			}
			return versions;
		});
	}

	/** How many articles the index holds. */
	public int count() {
		return withSearcher((searcher) -> searcher.getIndexReader().numDocs());
	}

	<T> T withSearcher(SearcherFunction<T> function) {
		try {
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
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search index could not be written", ex);
		}
	}

	private static Term idTerm(long id) {
		return new Term(SearchFields.ID, Long.toString(id));
	}

	@Override
	public void close() throws IOException {
		try (Directory owned = this.ownsDirectory ? this.directory : null) {
			this.searchers.close();
			this.writer.close();
			this.analyzer.close();
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
