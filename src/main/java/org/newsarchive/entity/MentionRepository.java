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

	@Query("select m.entityId, count(m), sum(m.count) from MentionRecord m group by m.entityId")
	List<Object[]> countsByEntity();

	@Query("select m.entityId, count(m), sum(m.count) from MentionRecord m where m.articleId in :articleIds group by m.entityId")
	List<Object[]> countsByEntityIn(java.util.Collection<Long> articleIds);

}
