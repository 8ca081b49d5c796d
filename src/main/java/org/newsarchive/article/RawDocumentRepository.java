package org.newsarchive.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RawDocumentRepository extends JpaRepository<RawDocument, Long> {

	Optional<RawDocument> findBySha256(String sha256);

	List<RawDocument> findByArticleIdOrderByReceivedAtAsc(Long articleId);

}
