package org.newsarchive.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/**
 * A stored article. Its content is only ever replaced as a whole, from a newer copy of
 * the same article, so that it never mixes two versions.
 */
@Entity
@Table(name = "articles")
class Article {

	/**
	 * Articles whose lists are read in one query when the first of them is: indexing a
	 * batch of articles reads their lists a few queries a batch, not one an article.
	 */
	static final int LISTS_READ_AT_ONCE = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "articles")
	@SequenceGenerator(name = "articles", sequenceName = "articles_id_seq", allocationSize = 50)
	private Long id;

	private Long sourceId;

	private String title;

	private String otherTitle;

	private String url;

	private String section;

	private String publishedValue;

	@Enumerated(EnumType.STRING)
	private Published.Precision publishedPrecision;

	private boolean publishedInferred;

	private String publishedEvidence;

	private OffsetDateTime publishedStart;

	private LocalDate publishedFirstDay;

	private LocalDate publishedLastDay;

	private Instant capturedAt;

	@Convert(converter = LinesConverter.class)
	private List<String> languages = new ArrayList<>();

	private String lede;

	private int damagedSpots;

	private String parser;

	@Convert(converter = LinesConverter.class)
	private List<String> warnings = new ArrayList<>();

	private Long rawDocumentId;

	private String entry;

	private String contentFingerprint;

	private Instant createdAt;

	private Instant updatedAt;

	@Column(name = "revision")
	private long revision;

	@ElementCollection(fetch = FetchType.LAZY)
	@BatchSize(size = LISTS_READ_AT_ONCE)
	@CollectionTable(name = "article_contributors", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<StoredContributor> contributors = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@BatchSize(size = LISTS_READ_AT_ONCE)
	@CollectionTable(name = "article_blocks", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<StoredBlock> blocks = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@BatchSize(size = LISTS_READ_AT_ONCE)
	@CollectionTable(name = "article_images", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<StoredImage> images = new ArrayList<>();

	protected Article() {
	}

	static Article create(long sourceId, ParsedArticle parsed, long rawDocumentId, String entry, Instant now) {
		Article article = new Article();
		article.sourceId = sourceId;
		article.createdAt = now;
		article.replaceContent(parsed, rawDocumentId, entry, now);
		return article;
	}

	/** Whether a copy holds what a reader already sees of this article. */
	boolean hasContentOf(ParsedArticle parsed) {
		return ContentFingerprint.of(parsed).equals(this.contentFingerprint);
	}

	/** Takes the content of a newer copy of this article. */
	void replaceContent(ParsedArticle parsed, long rawDocumentId, String entry, Instant now) {
		this.contentFingerprint = ContentFingerprint.of(parsed);
		this.title = parsed.title();
		this.otherTitle = parsed.otherTitle();
		this.url = parsed.url();
		this.section = parsed.section();
		Published published = parsed.published();
		this.publishedValue = (published != null) ? published.value() : null;
		this.publishedPrecision = (published != null) ? published.precision() : null;
		this.publishedInferred = published != null && published.inferred();
		this.publishedEvidence = (published != null) ? published.evidence() : null;
		this.publishedStart = (published != null) ? published.earliest() : null;
		this.publishedFirstDay = (published != null) ? published.firstDay() : null;
		this.publishedLastDay = (published != null) ? published.lastDay() : null;
		this.capturedAt = parsed.capturedAt();
		this.languages = new ArrayList<>(parsed.languages());
		this.lede = parsed.lede();
		this.damagedSpots = parsed.damagedSpots();
		this.parser = parsed.parser();
		this.warnings = new ArrayList<>(parsed.warnings());
		this.rawDocumentId = rawDocumentId;
		this.entry = entry;
		this.updatedAt = now;
		this.revision++;
		this.contributors.clear();
		parsed.contributors().stream().map(StoredContributor::of).forEach(this.contributors::add);
		this.blocks.clear();
		parsed.body().stream().map(StoredBlock::of).forEach(this.blocks::add);
		this.images.clear();
		parsed.images().stream().map(StoredImage::of).forEach(this.images::add);
	}

	Long getId() {
		return this.id;
	}

	Long getSourceId() {
		return this.sourceId;
	}

	String getTitle() {
		return this.title;
	}

	String getOtherTitle() {
		return this.otherTitle;
	}

	String getUrl() {
		return this.url;
	}

	String getSection() {
		return this.section;
	}

	Published getPublished() {
		return (this.publishedValue != null) ? new Published(this.publishedValue, this.publishedPrecision,
				this.publishedInferred, this.publishedEvidence) : null;
	}

	Instant getCapturedAt() {
		return this.capturedAt;
	}

	List<String> getLanguages() {
		return List.copyOf(this.languages);
	}

	String getLede() {
		return this.lede;
	}

	int getDamagedSpots() {
		return this.damagedSpots;
	}

	String getParser() {
		return this.parser;
	}

	List<String> getWarnings() {
		return List.copyOf(this.warnings);
	}

	Long getRawDocumentId() {
		return this.rawDocumentId;
	}

	String getEntry() {
		return this.entry;
	}

	long getRevision() {
		return this.revision;
	}

	List<Contributor> getContributors() {
		return this.contributors.stream().map(StoredContributor::toContributor).toList();
	}

	List<Block> getBlocks() {
		return this.blocks.stream().map(StoredBlock::toBlock).toList();
	}

	List<Image> getImages() {
		return this.images.stream().map(StoredImage::toImage).toList();
	}

}
