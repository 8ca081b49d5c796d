package org.newsarchive.article;

import java.time.Clock;
import java.util.Optional;

import org.newsarchive.source.SourceCatalog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps raw files and stores parsed articles. An article is stored in one transaction
 * with its contributors, blocks and images, or not at all.
 */
@Service
public class ArticleStore {

	private final ArticleRepository articles;

	private final RawDocumentRepository rawDocuments;

	private final SourceCatalog sources;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	ArticleStore(ArticleRepository articles, RawDocumentRepository rawDocuments, SourceCatalog sources,
			ApplicationEventPublisher events, Clock clock, TransactionTemplate transaction) {
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
			return this.rawDocuments
				.saveAndFlush(new RawDocument(fileName, sha256, content, charset, this.clock.instant()))
				.ref();
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
	 * and date).
	 */
	@Transactional
	public StoreOutcome store(ParsedArticle parsed, long rawDocumentId) {
		long sourceId = this.sources.bySlug(parsed.sourceSlug()).getId();
		Optional<Article> existing = (parsed.url() != null) ? this.articles.findBySourceIdAndUrl(sourceId, parsed.url())
				: this.articles.findUnaddressed(sourceId, parsed.title(),
						(parsed.published() != null) ? parsed.published().value() : null);
		Article article = existing
			.orElseGet(() -> Article.create(sourceId, parsed, rawDocumentId, this.clock.instant()));
		if (existing.isPresent()) {
			article.replaceContent(parsed, rawDocumentId, this.clock.instant());
		}
		article = this.articles.saveAndFlush(article);
		if (this.rawDocuments.linkToArticle(rawDocumentId, article.getId()) != 1) {
			throw new IllegalStateException("raw document " + rawDocumentId + " is not kept");
		}
		this.events.publishEvent(new ArticleStored(article.getId(), article.getRevision()));
		return new StoreOutcome(article.getId(), existing.isEmpty());
	}

	@Transactional(readOnly = true)
	public boolean isOriginalOfAnArticle(long rawDocumentId) {
		return this.rawDocuments.findRefById(rawDocumentId).map((raw) -> raw.articleId() != null).orElse(false);
	}

	@Transactional(readOnly = true)
	public byte[] rawContent(long rawDocumentId) {
		return this.rawDocuments.findContent(rawDocumentId)
			.orElseThrow(() -> new RawDocumentNotFoundException(rawDocumentId));
	}

}
