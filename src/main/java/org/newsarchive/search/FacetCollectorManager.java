package org.newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts every matching document (the exact total) and its facet values straight from doc
 * values, over the whole result set rather than one page. Counting per segment by ordinal
 * and resolving the ordinals to strings once per segment keeps the cost to one doc-values
 * read per hit, which suits an archive of thousands of articles.
 */
final class FacetCollectorManager
		implements CollectorManager<FacetCollectorManager.Counter, FacetCollectorManager.Counts> {

	private static final Comparator<SearchResult.FacetCount> BY_COUNT = Comparator
		.comparingLong(SearchResult.FacetCount::count)
		.reversed()
		.thenComparing(SearchResult.FacetCount::key);

	@Override
	public Counter newCollector() {
		return new Counter();
	}

	@Override
	public Counts reduce(Collection<Counter> counters) {
		Counts total = new Counts();
		counters.forEach((counter) -> total.add(counter.counts));
		return total;
	}

	/** The total and the facets of everything collected. */
	static final class Counts {

		private long total;

		private final Map<String, Long> sources = new HashMap<>();

		private final Map<String, Long> months = new HashMap<>();

		private final Map<String, Long> languages = new HashMap<>();

		private final Map<String, Long> people = new HashMap<>();

		long total() {
			return this.total;
		}

		SearchResult.Facets facets() {
			return new SearchResult.Facets(sorted(this.sources, BY_COUNT),
					sorted(this.months, Comparator.comparing(SearchResult.FacetCount::key)),
					sorted(this.languages, BY_COUNT), sorted(this.people, BY_COUNT));
		}

		private void add(Counts other) {
			this.total += other.total;
			other.sources.forEach((key, count) -> this.sources.merge(key, count, Long::sum));
			other.months.forEach((key, count) -> this.months.merge(key, count, Long::sum));
			other.languages.forEach((key, count) -> this.languages.merge(key, count, Long::sum));
			other.people.forEach((key, count) -> this.people.merge(key, count, Long::sum));
		}

		private static List<SearchResult.FacetCount> sorted(Map<String, Long> counts,
				Comparator<SearchResult.FacetCount> order) {
			List<SearchResult.FacetCount> list = new ArrayList<>();
			counts.forEach((key, count) -> list.add(new SearchResult.FacetCount(key, count)));
			list.sort(order);
			return list;
		}

	}

	static final class Counter extends SimpleCollector {

		private final Counts counts = new Counts();

		private final List<OrdinalCounts> leafOrdinals = new ArrayList<>();

		private SortedNumericDocValues people;

		@Override
		protected void doSetNextReader(LeafReaderContext context) throws IOException {
			this.leafOrdinals.clear();
			this.leafOrdinals.add(new OrdinalCounts(context, SearchFields.SOURCE, this.counts.sources));
			this.leafOrdinals.add(new OrdinalCounts(context, SearchFields.MONTH, this.counts.months));
			this.leafOrdinals.add(new OrdinalCounts(context, SearchFields.LANGUAGE_TAG, this.counts.languages));
			this.people = DocValues.getSortedNumeric(context.reader(), SearchFields.PERSON);
		}

		@Override
		public void collect(int doc) throws IOException {
			this.counts.total++;
			for (OrdinalCounts ordinals : this.leafOrdinals) {
				ordinals.collect(doc);
			}
			if (this.people.advanceExact(doc)) {
				for (int i = 0; i < this.people.docValueCount(); i++) {
					this.counts.people.merge(Long.toString(this.people.nextValue()), 1L, Long::sum);
				}
			}
		}

		@Override
		public void finish() throws IOException {
			for (OrdinalCounts ordinals : this.leafOrdinals) {
				ordinals.resolve();
			}
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

	}

	/** Counts of one keyword field in one segment, by ordinal. */
	private static final class OrdinalCounts {

		private final SortedSetDocValues values;

		private final long[] counts;

		private final Map<String, Long> into;

		OrdinalCounts(LeafReaderContext context, String field, Map<String, Long> into) throws IOException {
			this.values = DocValues.getSortedSet(context.reader(), field);
			this.counts = new long[Math.toIntExact(this.values.getValueCount())];
			this.into = into;
		}

		void collect(int doc) throws IOException {
			if (this.values.advanceExact(doc)) {
				for (int i = 0; i < this.values.docValueCount(); i++) {
					this.counts[Math.toIntExact(this.values.nextOrd())]++;
				}
			}
		}

		void resolve() throws IOException {
			for (int ordinal = 0; ordinal < this.counts.length; ordinal++) {
				if (this.counts[ordinal] > 0) {
					this.into.merge(this.values.lookupOrd(ordinal).utf8ToString(), this.counts[ordinal], Long::sum);
				}
			}
		}

	}

}
