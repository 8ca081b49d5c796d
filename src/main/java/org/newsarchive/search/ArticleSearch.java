package org.newsarchive.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Runs {@link SearchQuery searches} against an {@link ArticleIndex}: the reader's words
 * (see {@link SearchQuery} for the syntax and the date rule), filters, one page of hits
 * with snippets, and facets over all matches.
 */
public final class ArticleSearch implements SearchEngine {

	private static final int SNIPPET_PASSAGES = 2;

	/** About 3 MB of snippets, a few hundred characters each. */
	private static final int KEPT_SNIPPETS = 10_000;

	private static final SortField NEWEST_FIRST = new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true);

	private static final SortField OLDEST_FIRST = new SortField(SearchFields.PUBLISHED, SortField.Type.LONG);

	private static final SortField BY_ID = new SortField(SearchFields.ID, SortField.Type.LONG);

	static {
		// Undated articles come last in both orders.
		NEWEST_FIRST.setMissingValue(Long.MIN_VALUE);
		OLDEST_FIRST.setMissingValue(Long.MAX_VALUE);
	}

	private final ArticleIndex index;

	private final Analyzer analyzer;

	private final LuceneQueries queries;

	/**
	 * Snippets marked, by query and article version: a snippet is the same as long as
	 * both are, and while an import writes, every refresh of what readers search made
	 * each kept answer be computed again, its snippets the costliest part
	 * (docs/benchmarks.md, "Search while an import runs, where the time goes").
	 */
	private final Cache<Snippet, String> snippets = Caffeine.newBuilder().maximumSize(KEPT_SNIPPETS).build();

	public ArticleSearch(ArticleIndex index) {
		this.index = index;
		this.analyzer = index.analyzer();
		this.queries = new LuceneQueries(this.analyzer);
	}

	@Override
	public SearchResult search(SearchQuery request) {
		long started = System.nanoTime();
		Query text = request.hasText() ? this.queries.translate(UserQueryParser.parse(request.text())) : null;
		Query query = withFilters((text != null) ? text : new MatchAllDocsQuery(), request);
		int depth = request.page() * request.size();
		return this.index.withReadersSearcher((searcher) -> {
			FacetCollectorManager facets = new FacetCollectorManager();
			Object[] results = searcher.search(query, new MultiCollectorManager(topDocs(request, depth), facets));
			TopDocs top = (TopDocs) results[0];
			FacetCollectorManager.Counts counts = (FacetCollectorManager.Counts) results[1];
			ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(depth - request.size(), top.scoreDocs.length),
					top.scoreDocs.length);
			if (request.effectiveSort() != SearchQuery.Sort.RELEVANCE && text != null) {
				TopFieldCollector.populateScores(page, searcher, query);
			}
			List<SearchResult.Hit> hits = hits(searcher, page, request.text(), text);
			long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			return new SearchResult(counts.total(), request.page(), request.size(), tookMs, hits, counts.facets());
		});
	}

	@Override
	public List<Long> matchingIds(SearchQuery request) {
		Query text = request.hasText() ? this.queries.translate(UserQueryParser.parse(request.text())) : null;
		Query query = withFilters((text != null) ? text : new MatchAllDocsQuery(), request);
		return this.index.withSearcher((searcher) -> {
			// Sized to the hits, not the index: a collector as big as a million-article
			// index would be allocated whole for every export.
			int hits = Math.max(1, searcher.count(query));
			TopDocs top = searcher.search(query, topDocs(request, hits));
			return articleIds(searcher, top.scoreDocs);
		});
	}

	/**
	 * The version of the reader the next search gets: it moves with the documents added,
	 * updated or deleted, at most once per refresh interval while an import writes.
	 */
	@Override
	public OptionalLong generation() {
		return OptionalLong.of(this.index
			.withReadersSearcher((searcher) -> ((DirectoryReader) searcher.getIndexReader()).getVersion()));
	}

	@Override
	public void showEverythingWritten() {
		this.index.showEverythingWritten();
	}

	/**
	 * The article ids of the hits, in the hits' order, read from the id's doc values: an
	 * export of thousands of hits would otherwise decompress every hit's stored text only
	 * to read its id.
	 */
	private static List<Long> articleIds(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
		Integer[] inDocOrder = new Integer[hits.length];
		Arrays.setAll(inDocOrder, (i) -> i);
		// Doc values are read forwards only, one segment after the other.
		Arrays.sort(inDocOrder, Comparator.comparingInt((Integer i) -> hits[i].doc));
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		Long[] ids = new Long[hits.length];
		LeafReaderContext leaf = null;
		NumericDocValues values = null;
		for (int i : inDocOrder) {
			int doc = hits[i].doc;
			if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
				leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
				values = DocValues.getNumeric(leaf.reader(), SearchFields.ID);
			}
			if (!values.advanceExact(doc - leaf.docBase)) {
				throw new IllegalStateException("Indexed document " + doc + " has no article id");
			}
			ids[i] = values.longValue();
		}
		return Arrays.asList(ids);
	}

	/**
	 * The first {@code depth} hits; the facet collector counts the exact total, so no
	 * threshold is needed here.
	 */
	private static CollectorManager<? extends Collector, ? extends TopDocs> topDocs(SearchQuery request, int depth) {
		return switch (request.effectiveSort()) {
			case RELEVANCE -> new TopScoreDocCollectorManager(depth, 0);
			case NEWEST -> new TopFieldCollectorManager(new Sort(NEWEST_FIRST, BY_ID), depth, 0);
			case OLDEST -> new TopFieldCollectorManager(new Sort(OLDEST_FIRST, BY_ID), depth, 0);
		};
	}

	private static Query withFilters(Query text, SearchQuery request) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(text, BooleanClause.Occur.MUST);
		if (!request.sources().isEmpty()) {
			query.add(KeywordField.newSetQuery(SearchFields.SOURCE,
					request.sources().stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
		}
		if (request.lang() != null && !request.lang().isBlank()) {
			query.add(new TermQuery(new Term(SearchFields.LANGUAGE, request.lang().toLowerCase(Locale.ROOT))),
					BooleanClause.Occur.FILTER);
		}
		if (request.articleIds() != null) {
			query.add(
					new TermInSetQuery(SearchFields.ID,
							request.articleIds().stream().map((id) -> new BytesRef(Long.toString(id))).toList()),
					BooleanClause.Occur.FILTER);
		}
		for (long person : request.personIds()) {
			query.add(LongField.newExactQuery(SearchFields.PERSON, person), BooleanClause.Occur.FILTER);
		}
		// Overlap: the article's period starts no later than the range ends, and ends no
		// earlier than it starts.
		if (request.to() != null) {
			query.add(
					IntPoint.newRangeQuery(SearchFields.PUBLISHED_FIRST_DAY, Integer.MIN_VALUE, epochDay(request.to())),
					BooleanClause.Occur.FILTER);
		}
		if (request.from() != null) {
			query.add(IntPoint.newRangeQuery(SearchFields.PUBLISHED_LAST_DAY, epochDay(request.from()),
					Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
		}
		return query.build();
	}

	private static int epochDay(LocalDate day) {
		return Math.toIntExact(day.toEpochDay());
	}

	/**
	 * The hits of a page with their snippets: those of the query and the article's
	 * version already marked are taken as they were, the others highlighted.
	 */
	private List<SearchResult.Hit> hits(IndexSearcher searcher, ScoreDoc[] page, String queryText, Query text)
			throws IOException {
		StoredFields stored = searcher.storedFields();
		Document[] docs = new Document[page.length];
		Snippet[] keys = new Snippet[page.length];
		String[] snippets = new String[page.length];
		List<Integer> toMark = new ArrayList<>();
		for (int i = 0; i < page.length; i++) {
			docs[i] = stored.document(page[i].doc);
			keys[i] = new Snippet(queryText, Long.parseLong(docs[i].get(SearchFields.ID)),
					docs[i].getField(SearchFields.VERSION).numericValue().longValue());
			snippets[i] = (text != null) ? this.snippets.getIfPresent(keys[i]) : opening(docs[i]);
			if (snippets[i] == null) {
				toMark.add(i);
			}
		}
		if (!toMark.isEmpty()) {
			Map<String, String[]> highlights = highlight(searcher,
					toMark.stream().mapToInt((i) -> page[i].doc).toArray(), text);
			for (int marked = 0; marked < toMark.size(); marked++) {
				int i = toMark.get(marked);
				String snippet = firstHighlight(highlights, marked);
				snippets[i] = (snippet != null) ? snippet : opening(docs[i]);
				this.snippets.put(keys[i], snippets[i]);
			}
		}
		List<SearchResult.Hit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			float score = Float.isNaN(page[i].score) ? 1f : page[i].score;
			hits.add(new SearchResult.Hit(keys[i].articleId(), score, snippets[i]));
		}
		return hits;
	}

	private static String firstHighlight(Map<String, String[]> highlights, int hit) {
		for (String field : SearchFields.SNIPPET_SOURCES) {
			String[] values = highlights.get(field);
			if (values != null && values[hit] != null) {
				return values[hit];
			}
		}
		return null;
	}

	private Map<String, String[]> highlight(IndexSearcher searcher, int[] docs, Query text) throws IOException {
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, this.analyzer)
			.withFormatter(new MarkPassageFormatter())
			.withMaxNoHighlightPassages(0)
			.withMaskedFieldsFunc(ArticleSearch::bigramsOf)
			.build();
		String[] fields = SearchFields.SNIPPET_SOURCES.toArray(String[]::new);
		int[] passages = new int[fields.length];
		Arrays.fill(passages, SNIPPET_PASSAGES);
		return highlighter.highlightFields(fields, text, docs, passages);
	}

	/**
	 * A Chinese field is highlighted with the matches of its bigram twin as well (found
	 * by analysing the stored text again, since the twin keeps no offsets): a phrase such
	 * as 设立联络处 that matched only as bigrams, because the segmenter split the text
	 * differently from the query, is still marked.
	 */
	private static Set<String> bigramsOf(String field) {
		return SearchFields.isChinese(field) && !field.equals(SearchFields.NAMES) ? Set.of(field + SearchFields.BIGRAMS)
				: Set.of();
	}

	/** The beginning of the lede, or of the body, when no match can be shown. */
	private static String opening(Document doc) {
		return MarkPassageFormatter.opening(doc::get);
	}

	/** What a snippet is marked for: the query's text and the article as indexed. */
	private record Snippet(String queryText, long articleId, long version) {

	}

}
