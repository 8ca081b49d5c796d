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
	 * How many kept files hold a source's articles (kept, V23: counted per request, it
	 * read every file's entries and every article of the source, 9,700 buffers for the
	 * largest source at 100,000 articles).
	 */
	@Query(value = "select count(*) from source_files where source_id = :sourceId", nativeQuery = true)
	long countFilesBySourceId(Long sourceId);

	/**
	 * The kept files a source's articles came from, latest first, each with how many of
	 * its articles it holds, and on every row how many files there are and when the first
	 * and the last arrived (kept, V23: the two statements this replaces, span and latest,
	 * each joined every file's entries to every article, 4,550 buffers and a sort spilled
	 * to disk for the largest source at 100,000 articles).
	 */
	@Query(value = """
			select r.id as rawDocumentId, r.file_name as fileName, f.received_at as receivedAt, f.articles,
			       f.files, f.firstReceived, f.lastReceived
			from (select raw_document_id, received_at, articles, count(*) over () as files,
			             min(received_at) over () as firstReceived, max(received_at) over () as lastReceived
			      from source_files where source_id = :sourceId
			      order by received_at desc, raw_document_id desc
			      limit :limit) f
			join raw_documents r on r.id = f.raw_document_id
			order by f.received_at desc, f.raw_document_id desc""", nativeQuery = true)
	List<SourceProvenance.HeldFile> findFilesBySourceId(Long sourceId, int limit);

	/**
	 * How many articles each month of the home page's chart has ({@code 2023-05}), and
	 * how many are dated only to a year ({@code year}) or not at all ({@code undated})
	 * (kept, V15: counted per request, it read every article).
	 */
	@Query(value = "select month, articles from month_counts", nativeQuery = true)
	List<Object[]> countsByMonth();

}
