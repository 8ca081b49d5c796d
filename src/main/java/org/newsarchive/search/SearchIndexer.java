package org.newsarchive.search;

import java.util.List;
import java.util.Map;

import org.newsarchive.article.ArticleQueries;
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

	private final ArticleIndex index;

	private final ArticleQueries articles;

	private final ObjectProvider<NameExpansion> names;

	SearchIndexer(ArticleIndex index, ArticleQueries articles, ObjectProvider<NameExpansion> names) {
		this.index = index;
		this.articles = articles;
		this.names = names;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(ArticleStored stored) {
		index(stored.articleId(), stored.revision());
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
		int reindexed = 0;
		for (Map.Entry<Long, Long> article : stored.entrySet()) {
			if (!article.getValue().equals(indexed.get(article.getKey()))) {
				index(article.getKey(), article.getValue());
				reindexed++;
			}
		}
		List<Long> gone = indexed.keySet().stream().filter((id) -> !stored.containsKey(id)).toList();
		gone.forEach(this.index::delete);
		return new Report(reindexed, gone.size());
	}

	/**
	 * Re-indexes every article. Each entry is replaced in place, so searches keep being
	 * answered, with complete results, while it runs.
	 */
	@Transactional(readOnly = true)
	public Report rebuild() {
		Map<Long, Long> stored = this.articles.revisions();
		stored.forEach(this::index);
		List<Long> gone = this.index.indexedVersions()
			.keySet()
			.stream()
			.filter((id) -> !stored.containsKey(id))
			.toList();
		gone.forEach(this.index::delete);
		return new Report(stored.size(), gone.size());
	}

	/** Re-indexes the given articles, e.g. after the people they name were curated. */
	@Transactional(readOnly = true)
	public void reindex(java.util.Collection<Long> articleIds) {
		Map<Long, Long> stored = this.articles.revisions();
		articleIds.stream().filter(stored::containsKey).forEach((id) -> index(id, stored.get(id)));
	}

	private void index(long articleId, long revision) {
		ArticleView article = this.articles.get(articleId);
		List<Long> personIds = article.people().stream().map(EntityRef::id).toList();
		List<String> personNames = article.people()
			.stream()
			.flatMap((person) -> this.names.getIfAvailable(NameExpansion::none).namesOf(person.id()).stream())
			.toList();
		this.index.index(IndexedArticle.from(article, revision, personIds, personNames));
	}

	/** What a reconciliation or rebuild did. */
	public record Report(int reindexed, int removed) {

	}

}
