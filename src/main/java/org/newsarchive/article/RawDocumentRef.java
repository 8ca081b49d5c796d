package org.newsarchive.article;

import java.time.Instant;

/**
 * What is known of a kept file.
 *
 * @param articleId the article this file's content was stored as, or null where it was
 * rejected
 */
public record RawDocumentRef(long id, String fileName, String sha256, long sizeBytes, String charset,
		Instant receivedAt, Long articleId) {

}
