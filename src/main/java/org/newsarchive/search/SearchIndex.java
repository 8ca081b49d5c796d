package org.newsarchive.search;

import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes to a search engine's index: the port {@link SearchIndexer} keeps in step with
 * the database, whichever engine is behind it. Each article is one entry, replaced whole.
 */
public interface SearchIndex {

	/** Adds or replaces the entries of several articles at once. */
	void indexAll(Collection<IndexedArticle> articles);

	/** Removes the entries of these articles; ids without one are passed over. */
	void deleteAll(Collection<Long> ids);

	/** The version each indexed article had when it was indexed, by article id. */
	Map<Long, Long> indexedVersions();

	/** How many articles the index holds. */
	int count();

	/**
	 * Replaces the whole index with what {@code fill} writes to the index it is given,
	 * with searches answered, completely, throughout. The embedded index replaces each
	 * entry in place; OpenSearch fills a new index and then switches to it.
	 */
	default void rebuild(Consumer<SearchIndex> fill) {
		fill.accept(this);
	}

}
