package org.newsarchive.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

	/**
	 * The stored copy of an article, locked until the transaction ends: two newer copies
	 * arriving at once replace it one after the other, each counting its revision.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Article> findBySourceIdAndUrl(Long sourceId, String url);

	/** Which of the addresses an outlet's articles have, in one query for a batch. */
	@Query("select a.url from Article a where a.sourceId = :sourceId and a.url in :urls")
	List<String> findStoredUrls(Long sourceId, Collection<String> urls);

	/**
	 * Like {@link #findBySourceIdAndUrl}, for an article without an address. It does not
	 * first send the new articles a batch holds back: the batch sends them before looking
	 * up one of their own title and date ({@link ArticleStore}), and any other cannot be
	 * the one looked for.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
	@Query("""
			select a from Article a
			where a.sourceId = :sourceId and a.url is null and a.title = :title
			  and coalesce(a.publishedValue, '') = coalesce(:publishedValue, '')""")
	Optional<Article> findUnaddressed(Long sourceId, String title, String publishedValue);

	/**
	 * How many articles a source has (kept, V14: counted per request, it read every
	 * article of the source).
	 */
	@Query(value = "select coalesce((select articles from source_counts where source_id = :sourceId), 0)",
			nativeQuery = true)
	long countBySourceId(Long sourceId);

	/** Each source's id and how many articles it has (kept, V14). */
	@Query(value = "select source_id, articles from source_counts", nativeQuery = true)
	List<Object[]> countBySources();

	@Query("select a.id, a.revision from Article a")
	List<Object[]> findRevisions();

	@Query(value = """
			select id from articles
			where source_id = :sourceId and (warnings <> '' or damaged_spots > 0)
			order by published_start desc nulls last, id desc
			limit :limit""", nativeQuery = true)
	List<Long> findFlaggedIdsBySourceId(Long sourceId, int limit);

	/**
	 * How many of a source's articles have warnings or damage, and how many damaged spots
	 * (kept, V14).
	 */
	@Query(value = """
			select coalesce(sum(flagged), 0) as "articles", coalesce(sum(damaged_spots), 0) as "damagedSpots"
			from source_counts where source_id = :sourceId""", nativeQuery = true)
	FlaggedCounts countFlaggedBySourceId(Long sourceId);

	interface FlaggedCounts {

		long getArticles();

		long getDamagedSpots();

	}

	@Query(value = """
			select count(*) from raw_documents r
			where r.article_id in (select a.id from articles a where a.source_id = :sourceId)
			   or r.id in (select e.raw_document_id from raw_document_entries e
			               join articles a on a.id = e.article_id where a.source_id = :sourceId)""", nativeQuery = true)
	long countCopiesBySourceId(Long sourceId);

	/**
	 * Articles of one source that another source also holds: same address, or without one
	 * same title and date.
	 */
	@Query(value = """
			select count(*) from articles m join articles i on i.source_id = :intoId
			where m.source_id = :mergedId
			  and (m.url = i.url
			       or (m.url is null and i.url is null and m.title = i.title
			           and coalesce(m.published_value, '') = coalesce(i.published_value, '')))""", nativeQuery = true)
	long countHeldByBoth(Long mergedId, Long intoId);

	/** Moves a source's articles to another, each as a new revision to index. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Article a set a.sourceId = :intoId, a.revision = a.revision + 1 where a.sourceId = :mergedId")
	int moveToSource(Long mergedId, Long intoId);

	@Query("select a.id, a.revision from Article a where a.sourceId = :sourceId")
	List<Object[]> findRevisionsBySourceId(Long sourceId);

	/** How many of a source's articles each parser read (kept, V14). */
	@Query(value = """
			select parser as name, articles from source_format_counts where source_id = :sourceId
			order by articles desc, parser""", nativeQuery = true)
	List<SourceProvenance.Format> countFormatsBySourceId(Long sourceId);

	/**
	 * The kept files a source's articles came from, latest first, with how many of its
	 * articles each holds.
	 */
	@Query(value = """
			with held as (
			    select r.id as raw_document_id, r.article_id from raw_documents r where r.article_id is not null
			    union
			    select e.raw_document_id, e.article_id from raw_document_entries e)
			select r.id as rawDocumentId, r.file_name as fileName, r.received_at as receivedAt,
			       count(distinct h.article_id) as articles
			from held h join articles a on a.id = h.article_id join raw_documents r on r.id = h.raw_document_id
			where a.source_id = :sourceId
			group by r.id, r.file_name, r.received_at
			order by r.received_at desc, r.id desc
			limit :limit""", nativeQuery = true)
	List<SourceProvenance.File> findLatestFilesBySourceId(Long sourceId, int limit);

	/**
	 * How many files a source's articles came from, and when the first and last arrived.
	 */
	@Query(value = """
			with held as (
			    select r.id as raw_document_id, r.article_id from raw_documents r where r.article_id is not null
			    union
			    select e.raw_document_id, e.article_id from raw_document_entries e)
			select count(distinct r.id) as files, min(r.received_at) as firstReceived, max(r.received_at) as lastReceived
			from held h join articles a on a.id = h.article_id join raw_documents r on r.id = h.raw_document_id
			where a.source_id = :sourceId""",
			nativeQuery = true)
	SourceProvenance.Span findFileSpanBySourceId(Long sourceId);

	/**
	 * Rows of precision, year and month of the first day, and the number of articles.
	 */
	@Query("""
			select a.publishedPrecision, extract(year from a.publishedFirstDay), extract(month from a.publishedFirstDay), count(a)
			from Article a
			group by a.publishedPrecision, extract(year from a.publishedFirstDay), extract(month from a.publishedFirstDay)""")
	List<Object[]> countsByPrecisionAndMonth();

}
