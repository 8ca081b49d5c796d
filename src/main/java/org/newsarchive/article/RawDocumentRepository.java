package org.newsarchive.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Kept files. Everything but {@link #findContent} reads what is known of a file without
 * its bytes, which can be megabytes and are wanted only to show or download the file.
 */
interface RawDocumentRepository extends JpaRepository<RawDocument, Long> {

	String REF = "select new org.newsarchive.article.RawDocumentRef(r.id, r.fileName, r.sha256, r.sizeBytes, "
			+ "r.charset, r.receivedAt, r.articleId) from RawDocument r ";

	@Query(REF + "where r.sha256 = :sha256")
	Optional<RawDocumentRef> findRefBySha256(String sha256);

	@Query(REF + "where r.id = :id")
	Optional<RawDocumentRef> findRefById(Long id);

	@Query(REF + "where r.articleId = :articleId order by r.receivedAt")
	List<RawDocumentRef> findRefsByArticleId(Long articleId);

	/** The kept files that hold the article as one of several entries. */
	@Query(value = "select raw_document_id from raw_document_entries where article_id = :articleId", nativeQuery = true)
	List<Long> findIdsHoldingEntry(Long articleId);

	@Query(REF + "where r.id in :ids")
	List<RawDocumentRef> findRefsByIdIn(Collection<Long> ids);

	@Query("select r.content from RawDocument r where r.id = :id")
	Optional<byte[]> findContent(Long id);

	@Modifying
	@Query("update RawDocument r set r.articleId = :articleId where r.id = :id")
	int linkToArticle(Long id, Long articleId);

	/** Records which article an entry of a file of several articles became. */
	@Modifying
	@Query(value = """
			insert into raw_document_entries (raw_document_id, entry, article_id) values (:id, :entry, :articleId)
			on conflict (raw_document_id, entry) do update set article_id = excluded.article_id""", nativeQuery = true)
	int linkEntryToArticle(Long id, String entry, Long articleId);

	@Query(value = "select entry, article_id as articleId from raw_document_entries where raw_document_id = :id",
			nativeQuery = true)
	List<EntryLink> findEntries(Long id);

	@Modifying
	@Query("update RawDocument r set r.charset = :charset where r.id = :id")
	int recordCharset(Long id, String charset);

	/** An entry of a kept file and the article it became. */
	interface EntryLink {

		String getEntry();

		Long getArticleId();

	}

}
