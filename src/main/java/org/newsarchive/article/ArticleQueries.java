package org.newsarchive.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.newsarchive.source.Source;
import org.newsarchive.source.SourceCatalog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads stored articles. */
@Service
@Transactional(readOnly = true)
public class ArticleQueries {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedStart").nullsLast(),
			Sort.Order.desc("id"));

	private final ArticleRepository articles;

	private final RawDocumentRepository rawDocuments;

	private final SourceCatalog sources;

	private final ObjectProvider<MentionLookup> mentions;

	ArticleQueries(ArticleRepository articles, RawDocumentRepository rawDocuments, SourceCatalog sources,
			ObjectProvider<MentionLookup> mentions) {
		this.articles = articles;
		this.rawDocuments = rawDocuments;
		this.sources = sources;
		this.mentions = mentions;
	}

	public ArticleView get(long id) {
		Article article = this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
		RawDocumentRef raw = this.rawDocuments.findById(article.getRawDocumentId()).orElseThrow().ref();
		Source source = this.sources.byId().get(article.getSourceId());
		List<EntityRef> people = this.mentions.stream().flatMap((lookup) -> lookup.entitiesIn(id).stream()).toList();
		ArticleView.Origin origin = new ArticleView.Origin(raw.fileName(), raw.sha256(), raw.id(), raw.charset(),
				article.getParser(), article.getCapturedAt(), raw.receivedAt(), article.getWarnings(),
				article.getDamagedSpots());
		return new ArticleView(article.getId(), article.getTitle(), article.getOtherTitle(), source.ref(),
				article.getUrl(), article.getSection(), article.getContributors(), article.getPublished(),
				article.getLanguages(), article.getLede(), article.getBlocks(), article.getImages(), people, origin);
	}

	/** Articles newest first; those without a date last. */
	public Page<ArticleSummary> list(ArticleFilter filter, int page, int size) {
		Map<Long, Source> byId = this.sources.byId();
		return this.articles.findAll(matching(filter, byId), PageRequest.of(page, size, NEWEST_FIRST))
			.map((article) -> summary(article, byId));
	}

	/**
	 * Summaries of the given articles in the order given; ids no longer stored are left
	 * out.
	 */
	public List<ArticleSummary> summaries(List<Long> ids) {
		Map<Long, Source> byId = this.sources.byId();
		Map<Long, Article> found = new java.util.HashMap<>();
		this.articles.findAllById(ids).forEach((article) -> found.put(article.getId(), article));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).map((a) -> summary(a, byId)).toList();
	}

	public long count() {
		return this.articles.count();
	}

	public long countBySource(String slug) {
		return this.articles.countBySourceId(this.sources.bySlug(slug).getId());
	}

	/**
	 * Every kept copy of an article, oldest first: the one it was last stored from is
	 * last.
	 */
	public List<RawDocumentRef> versions(long articleId) {
		return this.rawDocuments.findByArticleIdOrderByReceivedAtAsc(articleId).stream().map(RawDocument::ref).toList();
	}

	/**
	 * Each article's id and revision, for checking a derived index against the database.
	 */
	public Map<Long, Long> revisions() {
		Map<Long, Long> revisions = new java.util.HashMap<>();
		this.articles.findAll().forEach((article) -> revisions.put(article.getId(), article.getRevision()));
		return revisions;
	}

	private static ArticleSummary summary(Article article, Map<Long, Source> sources) {
		return new ArticleSummary(article.getId(), article.getTitle(), article.getOtherTitle(),
				sources.get(article.getSourceId()).ref(), article.getUrl(), article.getSection(),
				article.getPublished(), article.getLanguages(), article.getLede());
	}

	private static Specification<Article> matching(ArticleFilter filter, Map<Long, Source> sources) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (!filter.sources().isEmpty()) {
				Set<String> slugs = filter.sources();
				List<Long> ids = sources.values()
					.stream()
					.filter((s) -> slugs.contains(s.getSlug()))
					.map(Source::getId)
					.toList();
				predicates.add(ids.isEmpty() ? cb.disjunction() : root.get("sourceId").in(ids));
			}
			if (filter.from() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("publishedLastDay"), filter.from()));
			}
			if (filter.to() != null) {
				predicates.add(cb.lessThanOrEqualTo(root.get("publishedFirstDay"), filter.to()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
