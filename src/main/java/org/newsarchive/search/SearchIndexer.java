package org.newsarchive.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleMoved;
import org.newsarchive.article.ArticleStored;
import org.newsarchive.article.ArticleView;
import org.newsarchive.article.EntityRef;
import org.newsarchive.article.TransactionSynchronizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index in step with the database, which is the source of truth: the articles a
 * transaction stored are indexed together as soon as it commits, read back in one batch
 * (never on a rollback), and at start-up whatever differs (a crash between a commit and
 * its index update, a deleted index folder) is indexed again.
 */
@Service
@Order(0)
public class SearchIndexer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexer.class);

	private static final int BATCH = 200;

	private final SearchIndex index;

	private final ArticleQueries articles;

	private final ObjectProvider<NameExpansion> names;

	private final TransactionTemplate readingAlone;

	SearchIndexer(SearchIndex index, ArticleQueries articles, ObjectProvider<NameExpansion> names,
			PlatformTransactionManager transactions) {
		this.readingAlone = new TransactionTemplate(transactions);
		this.readingAlone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readingAlone.setReadOnly(true);
		this.index = index;
		this.articles = articles;
		this.names = names;
	}

	@EventListener
	void on(ArticleStored stored) {
		indexOnCommit(stored.articleId(), stored.revision());
	}

	@EventListener
	void on(ArticleMoved moved) {
		indexOnCommit(moved.articleId(), moved.revision());
	}

	/**
	 * Indexes an article once the transaction that changed it commits, with the others
	 * that transaction changed: an import's batch is read back in a few queries and
	 * written to the index at once, where reading each article in a transaction of its
	 * own was an eighth of the storing thread's time.
	 */
	private void indexOnCommit(long articleId, long revision) {
		TransactionSynchronizations
			.kept(CommittedChanges.class, (changes) -> changes.indexer() == this,
					() -> new CommittedChanges(this, new LinkedHashMap<>()))
			.ifPresentOrElse((changes) -> changes.revisions().merge(articleId, revision, Math::max),
					() -> indexCommitted(Map.of(articleId, revision)));
	}

	/**
	 * Reads committed articles back and indexes them, in a transaction of its own: the
	 * one that committed them is over.
	 */
	private void indexCommitted(Map<Long, Long> revisions) {
		this.readingAlone.executeWithoutResult((status) -> indexAll(this.index, revisions.keySet(), revisions));
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

	/**
	 * Many articles, a batch to a commit: one commit an article would sync the disk each
	 * time; each batch read back in the same few queries.
	 */
	private void indexAll(SearchIndex into, Collection<Long> articleIds, Map<Long, Long> revisions) {
		List<Long> ids = List.copyOf(articleIds);
		for (int from = 0; from < ids.size(); from += BATCH) {
			into.indexAll(indexed(ids.subList(from, Math.min(ids.size(), from + BATCH)), revisions));
		}
	}

	private List<IndexedArticle> indexed(List<Long> articleIds, Map<Long, Long> revisions) {
		List<ArticleView> articles = this.articles.getAll(articleIds);
		Map<Long, NameExpansion.NamedEntity> people = this.names.getIfAvailable(NameExpansion::none)
			.entities(articles.stream()
				.flatMap((article) -> article.people().stream())
				.map(EntityRef::id)
				.collect(Collectors.toSet()));
		return articles.stream().map((article) -> {
			List<Long> personIds = article.people().stream().map(EntityRef::id).toList();
			List<String> personNames = personIds.stream()
				.map(people::get)
				.filter(Objects::nonNull)
				.flatMap((person) -> person.names().stream())
				.toList();
			return IndexedArticle.from(article, revisions.get(article.id()), personIds, personNames);
		}).toList();
	}

	/**
	 * The articles a transaction changed, by id, with the latest revision it gave each;
	 * indexed once it commits, forgotten if it rolls back.
	 */
	private record CommittedChanges(SearchIndexer indexer,
			Map<Long, Long> revisions) implements TransactionSynchronization {

		@Override
		public void afterCommit() {
			this.indexer.indexCommitted(this.revisions);
		}

	}

	/** What a reconciliation or rebuild did. */
	public record Report(int reindexed, int removed) {

	}

}
