package org.newsarchive.article;

import java.time.Clock;
import java.util.Optional;

import org.newsarchive.source.SourceCatalog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	ArticleStore(ArticleRepository articles, RawDocumentRepository rawDocuments, SourceCatalog sources,
			ApplicationEventPublisher events, Clock clock) {
		this.articles = articles;
		this.rawDocuments = rawDocuments;
		this.sources = sources;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<RawDocumentRef> findRaw(String sha256) {
		return this.rawDocuments.findBySha256(sha256).map(RawDocument::ref);
	}

	/** Keeps a file's bytes; the same bytes are kept once. */
	@Transactional
	public RawDocumentRef keepRaw(String fileName, String sha256, byte[] content, String charset) {
		RawDocument raw = this.rawDocuments.findBySha256(sha256)
			.orElseGet(() -> this.rawDocuments
				.save(new RawDocument(fileName, sha256, content, charset, this.clock.instant())));
		if (charset != null) {
			raw.decodedAs(charset);
		}
		return raw.ref();
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
		this.rawDocuments.findById(rawDocumentId)
			.orElseThrow(() -> new IllegalStateException("raw document " + rawDocumentId + " is not kept"))
			.belongsTo(article.getId());
		this.events.publishEvent(new ArticleStored(article.getId(), article.getRevision()));
		return new StoreOutcome(article.getId(), existing.isEmpty());
	}

	@Transactional(readOnly = true)
	public boolean isOriginalOfAnArticle(long rawDocumentId) {
		return this.rawDocuments.findById(rawDocumentId).map((raw) -> raw.ref().articleId() != null).orElse(false);
	}

	@Transactional(readOnly = true)
	public byte[] rawContent(long rawDocumentId) {
		return this.rawDocuments.findById(rawDocumentId).map(RawDocument::getContent).orElseThrow();
	}

}
