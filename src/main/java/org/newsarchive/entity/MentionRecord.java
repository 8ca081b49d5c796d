package org.newsarchive.entity;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** How often one article names one entity, where first, and with which titles. */
@Entity
@Table(name = "mentions")
class MentionRecord {

	/**
	 * From a sequence that hands out ids fifty at a time (V11); mentions are inserted by
	 * {@code EntityDirectory} in one statement a batch, which takes its ids from the same
	 * sequence in the same blocks.
	 */
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentions")
	@SequenceGenerator(name = "mentions", sequenceName = "mentions_id_seq", allocationSize = 50)
	private Long id;

	private Long entityId;

	private Long articleId;

	@Column(name = "mention_count")
	private int count;

	private String firstSentence;

	private String roles;

	protected MentionRecord() {
	}

	MentionRecord(long entityId, long articleId, Mention mention) {
		this.entityId = entityId;
		this.articleId = articleId;
		this.count = mention.count();
		this.firstSentence = mention.firstSentence();
		this.roles = String.join("\n", mention.roles());
	}

	/** Another entity merged into this one is named in the same article. */
	void absorb(MentionRecord other) {
		this.count += other.count;
		if (this.roles.isEmpty()) {
			this.roles = other.roles;
		}
	}

	void moveTo(long entityId) {
		this.entityId = entityId;
	}

	Long getEntityId() {
		return this.entityId;
	}

	Long getArticleId() {
		return this.articleId;
	}

	int getCount() {
		return this.count;
	}

	String getFirstSentence() {
		return this.firstSentence;
	}

	List<String> getRoles() {
		return this.roles.isEmpty() ? List.of() : List.of(this.roles.split("\n"));
	}

}
