package org.newsarchive.article;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.newsarchive.source.SourceCatalog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

/**
 * Keeps raw files and stores parsed articles. An article is stored in one transaction
 * with its contributors, blocks and images, or not at all.
 * <p>
 * A file or article, once written, is let go of by the persistence context: a batch
 * stores hundreds of them in one transaction, and before each query Hibernate checks
 * every entity it still holds for changes (a file's bytes compared whole), so that held
 * entities made a batch's cost grow with the square of its size.
 */
@Service
public class ArticleStore {

	/**
	 * Unique violation, serialization failure, deadlock: what PostgreSQL answers the
	 * loser when two transactions write the same row at once.
	 */
	private static final Set<String> LOST_RACE = Set.of("23505", "40001", "40P01");

	/**
	 * Two imports storing the same article, or naming the same new person, at the same
	 * moment: the database refuses one of them, which stores again and then finds what
	 * the other stored.
	 */
	private static final RetryTemplate RACES = new RetryTemplate(RetryPolicy.builder()
		.predicate(ArticleStore::lostRace)
		.maxRetries(6)
		.delay(Duration.ofMillis(20))
		.jitter(Duration.ofMillis(10))
		.multiplier(2)
		.maxDelay(Duration.ofMillis(500))
		.build());

	private final ArticleRepository articles;

	private final RawDocumentRepository rawDocuments;

	private final SourceCatalog sources;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final EntityManager entityManager;

	ArticleStore(ArticleRepository articles, RawDocumentRepository rawDocuments, SourceCatalog sources,
			ApplicationEventPublisher events, Clock clock, TransactionTemplate transaction,
			EntityManager entityManager) {
		this.entityManager = entityManager;
		this.articles = articles;
		this.rawDocuments = rawDocuments;
		this.sources = sources;
		this.events = events;
		this.clock = clock;
		this.transaction = transaction;
	}

	@Transactional(readOnly = true)
	public Optional<RawDocumentRef> findRaw(String sha256) {
		return this.rawDocuments.findRefBySha256(sha256);
	}

	/**
	 * Keeps a file's bytes; the same bytes are kept once, even when two imports of them
	 * race: the loser of the race finds the winner's copy.
	 */
	public RawDocumentRef keepRaw(String fileName, String sha256, byte[] content, String charset) {
		try {
			return this.transaction.execute((status) -> keep(fileName, sha256, content, charset));
		}
		catch (DataIntegrityViolationException ex) {
			return findRaw(sha256).orElseThrow(() -> ex);
		}
	}

	private RawDocumentRef keep(String fileName, String sha256, byte[] content, String charset) {
		Optional<RawDocumentRef> kept = this.rawDocuments.findRefBySha256(sha256);
		if (kept.isEmpty()) {
			RawDocument raw = this.rawDocuments
				.saveAndFlush(new RawDocument(fileName, sha256, content, charset, this.clock.instant()));
			this.entityManager.detach(raw);
			return raw.ref();
		}
		if (charset != null && !charset.equals(kept.get().charset())) {
			this.rawDocuments.recordCharset(kept.get().id(), charset);
			return this.rawDocuments.findRefById(kept.get().id()).orElseThrow();
		}
		return kept.get();
	}

	/**
	 * Stores a parsed article read from a kept file: as a new article, or as the newer
	 * copy of the same article (same source and URL, or without a URL same source, title
	 * and date), which changes it only where its content differs (see
	 * {@link ContentFingerprint}). A copy that loses a race with another import is stored
	 * again in a fresh transaction, so two copies of a new article arriving at once are
	 * created, then updated.
	 * @param entry the article's place in a file of several articles, or null where it is
	 * the whole file
	 * @param changed what else to store with a created or updated article, in its
	 * transaction (the people it names)
	 */
	public StoreOutcome store(ParsedArticle parsed, long rawDocumentId, String entry, Consumer<StoreOutcome> changed) {
		return RACES.invoke(() -> this.transaction.execute((status) -> {
			StoreOutcome outcome = storeOnce(parsed, rawDocumentId, entry);
			if (outcome.change() != StoreOutcome.Change.UNCHANGED) {
				changed.accept(outcome);
			}
			return outcome;
		}));
	}

	/**
	 * Stores a parsed article as {@link #store} does, within the caller's transaction,
	 * which stores a batch of articles: a failure is not retried here but ends the
	 * transaction, which the caller then stores again article by article.
	 */
	public StoreOutcome storeInBatch(ParsedArticle parsed, long rawDocumentId, String entry) {
		Assert.state(TransactionSynchronizationManager.isActualTransactionActive(),
				"a batch is stored in the caller's transaction");
		return storeOnce(parsed, rawDocumentId, entry);
	}

	/**
	 * Which article each entry of a kept file of several articles became, by entry.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> storedEntries(long rawDocumentId) {
		return this.rawDocuments.findEntries(rawDocumentId)
			.stream()
			.collect(Collectors.toMap(RawDocumentRepository.EntryLink::getEntry,
					RawDocumentRepository.EntryLink::getArticleId));
	}

	private StoreOutcome storeOnce(ParsedArticle parsed, long rawDocumentId, String entry) {
		long sourceId = sourceId(parsed.sourceSlug());
		Optional<Article> existing = (parsed.url() != null) ? this.articles.findBySourceIdAndUrl(sourceId, parsed.url())
				: this.articles.findUnaddressed(sourceId, parsed.title(),
						(parsed.published() != null) ? parsed.published().value() : null);
		StoreOutcome.Change change;
		Article article;
		if (existing.isEmpty()) {
			change = StoreOutcome.Change.CREATED;
			article = this.articles
				.saveAndFlush(Article.create(sourceId, parsed, rawDocumentId, entry, this.clock.instant()));
		}
		else if (existing.get().hasContentOf(parsed)) {
			// The file still names the article, so that its bytes again are known, but
			// the article keeps its revision: nothing to index or recognise again.
			change = StoreOutcome.Change.UNCHANGED;
			article = existing.get();
		}
		else {
			change = StoreOutcome.Change.UPDATED;
			article = existing.get();
			article.replaceContent(parsed, rawDocumentId, entry, this.clock.instant());
			article = this.articles.saveAndFlush(article);
		}
		int linked = (entry != null) ? this.rawDocuments.linkEntryToArticle(rawDocumentId, entry, article.getId())
				: this.rawDocuments.linkToArticle(rawDocumentId, article.getId());
		if (linked != 1) {
			throw new IllegalStateException("raw document " + rawDocumentId + " is not kept");
		}
		// written by saveAndFlush, or unchanged
		this.entityManager.detach(article);
		if (change != StoreOutcome.Change.UNCHANGED) {
			this.events.publishEvent(new ArticleStored(article.getId(), article.getRevision(), parsed));
		}
		return new StoreOutcome(article.getId(), change);
	}

	/**
	 * The id of the source a slug leads to, looked up once a transaction: a batch of a
	 * hundred articles of one outlet asked the same question a hundred times.
	 */
	private long sourceId(String slug) {
		return TransactionSynchronizations
			.kept(SourceIds.class, (ids) -> ids.store() == this, () -> new SourceIds(this, new HashMap<>()))
			.map((known) -> known.bySlug().computeIfAbsent(slug, (unknown) -> this.sources.resolve(unknown).getId()))
			.orElseGet(() -> this.sources.resolve(slug).getId());
	}

	private static boolean lostRace(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && LOST_RACE.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	@Transactional(readOnly = true)
	public boolean isOriginalOfAnArticle(long rawDocumentId) {
		return this.rawDocuments.findRefById(rawDocumentId).map((raw) -> raw.articleId() != null).orElse(false)
				|| !this.rawDocuments.findEntries(rawDocumentId).isEmpty();
	}

	@Transactional(readOnly = true)
	public byte[] rawContent(long rawDocumentId) {
		return this.rawDocuments.findContent(rawDocumentId)
			.orElseThrow(() -> new RawDocumentNotFoundException(rawDocumentId));
	}

	/**
	 * The source ids a transaction looked up, by slug; gone with the transaction, so that
	 * a source created in one that rolled back is never taken for stored.
	 */
	private record SourceIds(ArticleStore store, Map<String, Long> bySlug) implements TransactionSynchronization {

	}

}
