package org.newsarchive.article;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

	Optional<Article> findBySourceIdAndUrl(Long sourceId, String url);

	@Query("""
			select a from Article a
			where a.sourceId = :sourceId and a.url is null and a.title = :title
			  and coalesce(a.publishedValue, '') = coalesce(:publishedValue, '')""")
	Optional<Article> findUnaddressed(Long sourceId, String title, String publishedValue);

	long countBySourceId(Long sourceId);

}
