package org.newsarchive.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleMoved;
import org.newsarchive.article.ArticleStored;
import org.newsarchive.article.ArticleView;
import org.newsarchive.article.EntityRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database, which is the source of truth: an article is
 * indexed as soon as its transaction commits, and at start-up whatever differs (a crash
 * between a commit and its index update, a deleted index folder) is indexed again.
 */
@Service
@Order(0)
public class SearchIndexer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexer.class);

	private static final int BATCH = 200;

	private final SearchIndex index;

	private final ArticleQueries articles;

	private final ObjectProvider<NameExpansion> names;

	SearchIndexer(SearchIndex index, ArticleQueries articles, ObjectProvider<NameExpansion> names) {
		this.index = index;
		this.articles = articles;
		this.names = names;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(ArticleStored stored) {
		index(stored.articleId(), stored.revision());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(ArticleMoved moved) {
		index(moved.articleId(), moved.revision());
	}

	@Override
	public void run(ApplicationArguments args) {
		Report report = reconcile();
		logger.info("Index checked against the database: {} re-indexed, {} removed, {} in all", report.reindexed(),
				report.removed(), this.index.count());
	}

	/** Indexes what differs from the database and removes what it no longer holds. */
	@Transactional(readOnly = true)
	public Report reconcile() {
		Map<Long, Long> stored = this.articles.revisions();
		Map<Long, Long> indexed = this.index.indexedVersions();
		List<Long> differing = stored.keySet()
			.stream()
			.filter((id) -> !stored.get(id).equals(indexed.get(id)))
			.toList();
		indexAll(this.index, differing, stored);
		List<Long> gone = indexed.keySet().stream().filter((id) -> !stored.containsKey(id)).toList();
		this.index.deleteAll(gone);
		return new Report(differing.size(), gone.size());
	}

	/**
	 * Re-indexes every article. Each entry is replaced in place, so searches keep being
	 * answered, with complete results, while it runs.
	 */
	@Transactional(readOnly = true)
	public Report rebuild() {
		Map<Long, Long> stored = this.articles.revisions();
		this.index.rebuild((fresh) -> indexAll(fresh, stored.keySet(), stored));
		List<Long> gone = this.index.indexedVersions()
			.keySet()
			.stream()
			.filter((id) -> !stored.containsKey(id))
			.toList();
		this.index.deleteAll(gone);
		return new Report(stored.size(), gone.size());
	}

	/** Re-indexes the given articles, e.g. after the people they name were curated. */
	@Transactional(readOnly = true)
	public void reindex(Collection<Long> articleIds) {
		Map<Long, Long> stored = this.articles.revisions();
		indexAll(this.index, articleIds.stream().filter(stored::containsKey).toList(), stored);
	}

	private void index(long articleId, long revision) {
		this.index.indexAll(List.of(indexed(articleId, revision)));
	}

	/**
	 * Many articles, a batch to a commit: one commit an article would sync the disk each
	 * time.
	 */
	private void indexAll(SearchIndex into, Collection<Long> articleIds, Map<Long, Long> revisions) {
		List<IndexedArticle> batch = new ArrayList<>(BATCH);
		for (Long id : articleIds) {
			batch.add(indexed(id, revisions.get(id)));
			if (batch.size() == BATCH) {
				into.indexAll(batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			into.indexAll(batch);
		}
	}

	private IndexedArticle indexed(long articleId, long revision) {
		ArticleView article = this.articles.get(articleId);
		List<Long> personIds = article.people().stream().map(EntityRef::id).toList();
		List<String> personNames = this.names.getIfAvailable(NameExpansion::none)
			.entities(personIds)
			.values()
			.stream()
			.flatMap((person) -> person.names().stream())
			.toList();
		return IndexedArticle.from(article, revision, personIds, personNames);
	}

	/** What a reconciliation or rebuild did. */
	public record Report(int reindexed, int removed) {

	}

}
