package org.newsarchive.entity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MentionRepository extends JpaRepository<MentionRecord, Long> {

	List<MentionRecord> findByArticleIdOrderByCountDesc(Long articleId);

	List<MentionRecord> findByEntityId(Long entityId);

	@Modifying
	@Query("delete from MentionRecord m where m.articleId = :articleId")
	void deleteByArticleId(Long articleId);

	/**
	 * Other articles naming the people this one names, with how many of them each names,
	 * most first.
	 */
	@Query("""
			select other.articleId, count(other) from MentionRecord mine, MentionRecord other, EntityRecord e
			where mine.articleId = :articleId and other.entityId = mine.entityId and other.articleId <> :articleId
			  and e.id = mine.entityId and e.type = :type
			group by other.articleId order by count(other) desc, other.articleId desc""")
	List<Object[]> articlesSharingEntities(Long articleId, EntityType type,
			org.springframework.data.domain.Limit limit);

	/**
	 * The entities of a type most often named in the same articles as this one, with in
	 * how many articles and how often.
	 */
	@Query("""
			select other.entityId, count(other), sum(other.count) from MentionRecord mine, MentionRecord other, EntityRecord e
			where mine.entityId = :entityId and other.articleId = mine.articleId and other.entityId <> :entityId
			  and e.id = other.entityId and e.type = :type
			group by other.entityId order by count(other) desc, sum(other.count) desc, other.entityId""")
	List<Object[]> namedAlongside(Long entityId, EntityType type, org.springframework.data.domain.Limit limit);

	@Query("select m.entityId, count(m), sum(m.count) from MentionRecord m group by m.entityId")
	List<Object[]> countsByEntity();

	/**
	 * The entities of a type named in the most articles, with in how many and how often.
	 */
	@Query("""
			select m.entityId, count(m), sum(m.count) from MentionRecord m, EntityRecord e
			where e.id = m.entityId and e.type = :type and e.mergedInto is null
			group by m.entityId order by count(m) desc, sum(m.count) desc, m.entityId""")
	List<Object[]> mostNamed(EntityType type, org.springframework.data.domain.Limit limit);

	/** The same within one source's articles. */
	@Query(nativeQuery = true, value = """
			select m.entity_id, count(*), sum(m.mention_count) from mentions m
			join entities e on e.id = m.entity_id join articles a on a.id = m.article_id
			where a.source_id = :sourceId and e.type = :type and e.merged_into is null
			group by m.entity_id order by 2 desc, 3 desc, 1 limit :limit""")
	List<Object[]> mostNamedInSource(Long sourceId, String type, int limit);

}
