package org.newsarchive.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.persistence.criteria.Predicate;
import org.newsarchive.source.Source;
import org.newsarchive.source.SourceCatalog;
import org.newsarchive.source.SourceRef;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads stored articles. */
@Service
@Transactional(readOnly = true)
public class ArticleQueries {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedStart").nullsLast(),
			Sort.Order.desc("id"));

	private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("publishedStart").nullsLast(),
			Sort.Order.asc("id"));

	private static final int MAX_PAGE_INDEX = 100_000;

	private static final int FLAGGED_LISTED = 20;

	private static final LinesConverter LINES = new LinesConverter();

	private final ArticleRepository articles;

	private final RawDocumentRepository rawDocuments;

	private final SourceCatalog sources;

	private final ObjectProvider<MentionLookup> mentions;

	private final JdbcClient jdbc;

	ArticleQueries(ArticleRepository articles, RawDocumentRepository rawDocuments, SourceCatalog sources,
			ObjectProvider<MentionLookup> mentions, JdbcClient jdbc) {
		this.articles = articles;
		this.rawDocuments = rawDocuments;
		this.sources = sources;
		this.mentions = mentions;
		this.jdbc = jdbc;
	}

	public ArticleView get(long id) {
		Article article = this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
		RawDocumentRef raw = this.rawDocuments.findRefById(article.getRawDocumentId()).orElseThrow();
		List<EntityRef> people = this.mentions.stream().flatMap((lookup) -> lookup.entitiesIn(id).stream()).toList();
		return view(article, raw, this.sources.byId(article.getSourceId()), people);
	}

	/**
	 * The given articles whole, in the order given, read in the same few queries however
	 * many there are (up to {@link Article#LISTS_READ_AT_ONCE}): the articles, each of
	 * their lists, their files, their people; ids no longer stored are left out.
	 */
	public List<ArticleView> getAll(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Article> found = new HashMap<>();
		this.articles.findAllById(ids).forEach((article) -> found.put(article.getId(), article));
		Map<Long, RawDocumentRef> raws = new HashMap<>();
		this.rawDocuments.findRefsByIdIn(found.values().stream().map(Article::getRawDocumentId).distinct().toList())
			.forEach((raw) -> raws.put(raw.id(), raw));
		Map<Long, List<EntityRef>> people = new HashMap<>();
		this.mentions.ifAvailable((lookup) -> people.putAll(lookup.entitiesIn(found.keySet())));
		return ids.stream()
			.map(found::get)
			.filter(Objects::nonNull)
			.map((article) -> view(article, raws.get(article.getRawDocumentId()),
					this.sources.byId(article.getSourceId()), people.getOrDefault(article.getId(), List.of())))
			.toList();
	}

	private static ArticleView view(Article article, RawDocumentRef raw, Source source, List<EntityRef> people) {
		ArticleView.Origin origin = new ArticleView.Origin(raw.fileName(), raw.sha256(), raw.id(), raw.charset(),
				article.getEntry(), article.getParser(), article.getCapturedAt(), raw.receivedAt(),
				article.getWarnings(), article.getDamagedSpots());
		return new ArticleView(article.getId(), article.getTitle(), article.getOtherTitle(), source.ref(),
				article.getUrl(), article.getSection(), article.getContributors(), article.getPublished(),
				article.getLanguages(), article.getLede(), article.getBlocks(), article.getImages(), people, origin);
	}

	/** Articles newest first; those without a date last. */
	public Page<ArticleSummary> list(ArticleFilter filter, int page, int size) {
		return list(filter, page, size, ArticleOrder.NEWEST);
	}

	/** Articles in the given order; those without a date last either way. */
	public Page<ArticleSummary> list(ArticleFilter filter, int page, int size, ArticleOrder order) {
		Map<Long, Source> byId = this.sources.byId();
		Sort sort = (order == ArticleOrder.OLDEST) ? OLDEST_FIRST : NEWEST_FIRST;
		// A page far beyond the last is simply empty, whatever number was asked for.
		int safePage = Math.clamp(page, 0, MAX_PAGE_INDEX);
		if (filter.from() == null && filter.to() == null) {
			return listUndated(filter, safePage, size, order, byId);
		}
		return this.articles.findAll(matching(filter, byId), PageRequest.of(safePage, size, sort))
			.map((article) -> summary(article, byId));
	}

	/**
	 * The home page's and a source's list: the total is kept (V14) where counting it read
	 * every article of the list (3,900 buffers for the largest source at 100,000
	 * articles), and the page's ids come from an index alone (V15), so that a deep page
	 * reads the rows it shows, not those it skips.
	 */
	private Page<ArticleSummary> listUndated(ArticleFilter filter, int page, int size, ArticleOrder order,
			Map<Long, Source> byId) {
		Long[] sourceIds = filter.sources().isEmpty() ? null
				: byId.values()
					.stream()
					.filter((source) -> filter.sources().contains(source.getSlug()))
					.map(Source::getId)
					.toArray(Long[]::new);
		// One source is named as one value: as a list of one, the planner walked the
		// whole archive's date index, not the source's (19,600 buffers against 7 for
		// the first page of a 2020 outlet at 100,000 articles).
		String within = (sourceIds == null) ? ""
				: (sourceIds.length == 1) ? "source_id = :source and " : "source_id = any(:sources) and ";
		String select = (order == ArticleOrder.OLDEST) ? oldestFirst(within) : "select id from articles where " + within
				+ "true order by published_start desc nulls last, id desc limit :size offset :offset";
		List<Long> ids = this.jdbc.sql(select)
			.param("source", (sourceIds != null && sourceIds.length > 0) ? sourceIds[0] : null)
			.param("sources", sourceIds)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(Long.class)
			.list();
		long total = this.jdbc
			.sql("select coalesce(sum(articles), 0) from source_counts "
					+ ((sourceIds != null) ? "where source_id = any(:sources)" : ""))
			.param("sources", sourceIds)
			.query(Long.class)
			.single();
		Sort sort = (order == ArticleOrder.OLDEST) ? OLDEST_FIRST : NEWEST_FIRST;
		return new PageImpl<>(summaries(ids), PageRequest.of(page, size, sort), total);
	}

	/**
	 * Oldest first with the undated last, from the indexes that run newest first with the
	 * undated last: read backwards they give the undated first, so the dated and the
	 * undated are read apart, each in its index's order, and only as many of each as the
	 * page reaches are sorted together (where sorting the whole list read every article
	 * of a source).
	 */
	private static String oldestFirst(String within) {
		return "select id from ((select id, published_start from articles where " + within
				+ "published_start is not null order by published_start asc nulls first, id asc limit :size + :offset)"
				+ " union all (select id, null from articles where " + within
				+ "published_start is null order by id asc limit :size + :offset)) reach"
				+ " order by published_start asc nulls last, id asc limit :size offset :offset";
	}

	/**
	 * The earliest and the latest publication of a source's dated articles, or null where
	 * it has none: each the first entry of the source's index (V15) one way or the other.
	 */
	public PublicationSpan span(String slug) {
		Long sourceId = this.sources.bySlug(slug).getId();
		// The directions are those of the index, read backwards for the earliest.
		return new PublicationSpan(firstDated(sourceId, "asc nulls first", "asc"),
				firstDated(sourceId, "desc nulls last", "desc"));
	}

	/** How many articles the archive holds in each month (kept, V15). */
	public MonthCounts countsByMonth() {
		SortedMap<YearMonth, Long> months = new TreeMap<>();
		long yearOnly = 0;
		long undated = 0;
		for (Object[] row : this.articles.countsByMonth()) {
			String month = (String) row[0];
			long count = ((Number) row[1]).longValue();
			switch (month) {
				case "undated" -> undated += count;
				case "year" -> yearOnly += count;
				default -> months.merge(YearMonth.parse(month), count, Long::sum);
			}
		}
		return new MonthCounts(months, yearOnly, undated);
	}

	/**
	 * The copies kept of a source's files, and how many of its articles came with
	 * warnings or damage, the newest {@value #FLAGGED_LISTED} of them listed.
	 */
	public SourceStorage storage(String slug) {
		Long sourceId = this.sources.bySlug(slug).getId();
		List<Long> flaggedIds = this.articles.findFlaggedIdsBySourceId(sourceId, FLAGGED_LISTED);
		Map<Long, Article> found = new HashMap<>();
		this.articles.findAllById(flaggedIds).forEach((article) -> found.put(article.getId(), article));
		List<SourceStorage.Flagged> flagged = flaggedIds.stream()
			.map(found::get)
			.map((a) -> new SourceStorage.Flagged(a.getId(), a.getTitle(),
					a.getLanguages().isEmpty() ? null : a.getLanguages().get(0), a.getWarnings(), a.getDamagedSpots()))
			.toList();
		ArticleRepository.FlaggedCounts counts = this.articles.countFlaggedBySourceId(sourceId);
		return new SourceStorage(this.articles.countFilesBySourceId(sourceId), flagged, counts.getArticles(),
				counts.getDamagedSpots());
	}

	/** Where a source's articles came from, with its latest files. */
	public SourceProvenance provenance(String slug, int latestFiles) {
		Long sourceId = this.sources.bySlug(slug).getId();
		// Every row carries the figures of all the files: at least one is read for them.
		List<SourceProvenance.HeldFile> files = this.articles.findFilesBySourceId(sourceId, Math.max(latestFiles, 1));
		SourceProvenance.HeldFile latest = files.isEmpty() ? null : files.get(0);
		return new SourceProvenance(this.articles.countFormatsBySourceId(sourceId),
				(latest != null) ? latest.getFiles() : 0, (latest != null) ? latest.getFirstReceived() : null,
				(latest != null) ? latest.getLastReceived() : null,
				List.copyOf(files.subList(0, Math.min(latestFiles, files.size()))));
	}

	/**
	 * Summaries of the given articles in the order given, read in one statement of only
	 * their columns, their sources from the kept catalogue; ids no longer stored are left
	 * out. One statement needs no transaction of its own: a search's hits take no more
	 * than this one round trip.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<ArticleSummary> summaries(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, ArticleSummary> found = new HashMap<>();
		this.jdbc.sql("""
				select id, title, other_title, source_id, url, section, published_value, published_precision,
				       published_inferred, published_evidence, languages, lede
				from articles where id = any(?)""")
			.param(ids.toArray(Long[]::new))
			.query((RowCallbackHandler) (row) -> {
				long id = row.getLong(1);
				found.put(id, new ArticleSummary(id, row.getString(2), row.getString(3),
						this.sources.byId(row.getLong(4)).ref(), row.getString(5), row.getString(6), published(row, 7),
						LINES.convertToEntityAttribute(row.getString(11)), row.getString(12)));
			});
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	/**
	 * The given articles with their authors and people, in the order given, read in the
	 * same three queries however many there are; ids no longer stored are left out. Only
	 * the columns of a listing are read, into records: building entities with their
	 * collections took most of an export's time.
	 */
	public List<ArticleListing> listings(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Long[] batch = ids.toArray(Long[]::new);
		Map<Long, List<Contributor>> authors = new HashMap<>();
		this.jdbc.sql("""
				select article_id, name, role, other_name, email from article_contributors
				where article_id = any(?) order by article_id, position""")
			.param(batch)
			.query((RowCallbackHandler) (row) -> authors.computeIfAbsent(row.getLong(1), (id) -> new ArrayList<>())
				.add(new Contributor(row.getString(2), Contributor.Role.valueOf(row.getString(3)), row.getString(4),
						row.getString(5))));
		Map<Long, List<EntityRef>> people = new HashMap<>();
		this.mentions.ifAvailable((lookup) -> people.putAll(lookup.entitiesIn(ids)));
		Map<Long, ArticleListing> found = new HashMap<>();
		this.jdbc.sql("""
				select a.id, a.title, a.other_title, s.slug, s.name, a.published_value, a.published_precision,
				       a.published_inferred, a.published_evidence, a.url, a.languages
				from articles a join sources s on s.id = a.source_id
				where a.id = any(?)""").param(batch).query((RowCallbackHandler) (row) -> {
			long id = row.getLong(1);
			found.put(id,
					new ArticleListing(id, row.getString(2), row.getString(3),
							new SourceRef(row.getString(4), row.getString(5)), published(row, 6),
							authors.getOrDefault(id, List.of()), row.getString(10), people.getOrDefault(id, List.of()),
							LINES.convertToEntityAttribute(row.getString(11))));
		});
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	public long count() {
		return this.articles.count();
	}

	/** How many articles each source has, by slug; a source with none is left out. */
	public Map<String, Long> countsBySource() {
		Map<Long, Source> byId = this.sources.byId();
		Map<String, Long> counts = new HashMap<>();
		this.articles.countBySources()
			.forEach((row) -> counts.put(byId.get(((Number) row[0]).longValue()).getSlug(),
					((Number) row[1]).longValue()));
		return counts;
	}

	public long countBySource(String slug) {
		return this.articles.countBySourceId(this.sources.bySlug(slug).getId());
	}

	/**
	 * Every kept copy of an article, oldest first: the one it was last stored from is
	 * last.
	 */
	public List<RawDocumentRef> versions(long articleId) {
		List<RawDocumentRef> versions = new ArrayList<>(this.rawDocuments.findRefsByArticleId(articleId));
		List<Long> holdingEntry = this.rawDocuments.findIdsHoldingEntry(articleId);
		if (!holdingEntry.isEmpty()) {
			versions.addAll(this.rawDocuments.findRefsByIdIn(holdingEntry));
		}
		versions.sort(Comparator.comparing(RawDocumentRef::receivedAt));
		return versions;
	}

	/**
	 * Each article's id and revision, for checking a derived index against the database.
	 */
	public Map<Long, Long> revisions() {
		Map<Long, Long> revisions = new HashMap<>();
		this.articles.findRevisions().forEach((row) -> revisions.put((Long) row[0], (Long) row[1]));
		return revisions;
	}

	private Published firstDated(Long sourceId, String dates, String ids) {
		return this.jdbc
			.sql("select published_value, published_precision, published_inferred, published_evidence from articles"
					+ " where source_id = :source and published_start is not null order by published_start " + dates
					+ ", id " + ids + " limit 1")
			.param("source", sourceId)
			.query((row, number) -> published(row, 1))
			.optional()
			.orElse(null);
	}

	/**
	 * An article's publication from its four columns read in a row from {@code column} on
	 * (value, precision, inferred, evidence), or null where it has none.
	 */
	private static Published published(ResultSet row, int column) throws SQLException {
		String value = row.getString(column);
		return (value != null) ? new Published(value, Published.Precision.valueOf(row.getString(column + 1)),
				row.getBoolean(column + 2), row.getString(column + 3)) : null;
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
