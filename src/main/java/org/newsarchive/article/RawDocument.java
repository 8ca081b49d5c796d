package org.newsarchive.article;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file exactly as it arrived. Kept whatever became of it, so nothing is ever lost. */
@Entity
@Table(name = "raw_documents")
class RawDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fileName;

	private String sha256;

	private long sizeBytes;

	private String charset;

	private byte[] content;

	private Instant receivedAt;

	private Long articleId;

	protected RawDocument() {
	}

	RawDocument(String fileName, String sha256, byte[] content, String charset, Instant receivedAt) {
		this.fileName = fileName;
		this.sha256 = sha256;
		this.sizeBytes = content.length;
		this.content = content;
		this.charset = charset;
		this.receivedAt = receivedAt;
	}

	RawDocumentRef ref() {
		return new RawDocumentRef(this.id, this.fileName, this.sha256, this.sizeBytes, this.charset, this.receivedAt,
				this.articleId);
	}

}
