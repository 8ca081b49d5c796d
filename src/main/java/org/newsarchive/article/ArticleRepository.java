package org.newsarchive.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

	/**
	 * The stored copy of an article, locked until the transaction ends: two newer copies
	 * arriving at once replace it one after the other, each counting its revision.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Article> findBySourceIdAndUrl(Long sourceId, String url);

	/** Like {@link #findBySourceIdAndUrl}, for an article without an address. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select a from Article a
			where a.sourceId = :sourceId and a.url is null and a.title = :title
			  and coalesce(a.publishedValue, '') = coalesce(:publishedValue, '')""")
	Optional<Article> findUnaddressed(Long sourceId, String title, String publishedValue);

	long countBySourceId(Long sourceId);

	@Query("select a from Article a left join fetch a.contributors where a.id in :ids")
	List<Article> findWithContributors(Collection<Long> ids);

	@Query("select a.sourceId, count(a) from Article a group by a.sourceId")
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
	 * How many of a source's articles have warnings or damage, and how many damaged
	 * spots.
	 */
	@Query(value = """
			select count(*) as "articles", coalesce(sum(damaged_spots), 0) as "damagedSpots" from articles
			where source_id = :sourceId and (warnings <> '' or damaged_spots > 0)""", nativeQuery = true)
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
	 * Rows of precision, year and month of the first day, and the number of articles.
	 */
	@Query("""
			select a.publishedPrecision, extract(year from a.publishedFirstDay), extract(month from a.publishedFirstDay), count(a)
			from Article a
			group by a.publishedPrecision, extract(year from a.publishedFirstDay), extract(month from a.publishedFirstDay)""")
	List<Object[]> countsByPrecisionAndMonth();

}
