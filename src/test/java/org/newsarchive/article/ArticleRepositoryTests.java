package org.newsarchive.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.EmbeddedDatabaseConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Flyway schema and the article repositories against the real embedded PostgreSQL:
 * what the database itself guarantees, whatever the code above it does.
 */
// The slice has no task executor to build Hibernate on in the background, as the portal
// does.
@DataJpaTest(properties = "spring.jpa.bootstrap=default")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles("test")
class ArticleRepositoryTests {

	static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

	@Autowired
	ArticleRepository articles;

	@Autowired
	RawDocumentRepository rawDocuments;

	@Autowired
	TestEntityManager entityManager;

	@Test
	void anArticleKeepsItsBlocksImagesAndContributorsInOrder() {
		Article stored = this.articles
			.saveAndFlush(Article.create(rfi(), parsed("https://www.rfi.fr/cn/a"), raw("a"), null, NOW));
		Article read = this.articles.findBySourceIdAndUrl(rfi(), "https://www.rfi.fr/cn/a").orElseThrow();
		assertThat(read.getId()).isEqualTo(stored.getId());
		assertThat(read.getBlocks()).extracting(Block::text).containsExactly("第一段", "第二段");
		assertThat(read.getContributors()).containsExactly(new Contributor("弗林", Contributor.Role.AUTHOR));
		assertThat(read.getPublished().value()).isEqualTo("2023-02-18T08:04+01:00");
		assertThat(read.getRevision()).isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesASecondArticleAtTheSameAddress() {
		this.articles.saveAndFlush(Article.create(rfi(), parsed("https://www.rfi.fr/cn/b"), raw("b"), null, NOW));
		assertThatThrownBy(() -> this.articles
			.saveAndFlush(Article.create(rfi(), parsed("https://www.rfi.fr/cn/b"), raw("c"), null, NOW)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseKeepsEachFilesBytesOnce() {
		raw("d");
		assertThat(this.rawDocuments.findRefBySha256(sha("d"))).hasValueSatisfying((ref) -> {
			assertThat(ref.fileName()).isEqualTo("d.txt");
			assertThat(ref.sizeBytes()).isEqualTo(1);
			assertThat(ref.articleId()).isNull();
		});
		assertThat(this.rawDocuments.findContent(this.rawDocuments.findRefBySha256(sha("d")).orElseThrow().id()))
			.hasValueSatisfying((bytes) -> assertThat(bytes).containsExactly('d'));
		assertThatThrownBy(() -> raw("d")).isInstanceOf(DataIntegrityViolationException.class);
	}

	private long raw(String content) {
		return this.rawDocuments
			.saveAndFlush(new RawDocument(content + ".txt", sha(content), content.getBytes(), "UTF-8", NOW))
			.ref()
			.id();
	}

	/** The known sources come from a migration; RFI is one of them. */
	private long rfi() {
		return ((Number) this.entityManager.getEntityManager()
			.createNativeQuery("select id from sources where slug = 'rfi-chinese'")
			.getSingleResult()).longValue();
	}

	private static String sha(String content) {
		return String.valueOf(content.charAt(0)).repeat(64);
	}

	private static ParsedArticle parsed(String url) {
		return new ParsedArticle("rfi-chinese", "标题", null, url, "国际",
				List.of(new Contributor("弗林", Contributor.Role.AUTHOR)),
				Published.stated(OffsetDateTime.parse("2023-02-18T08:04+01:00"), Published.Precision.MINUTE, "page"),
				null, List.of("zh-Hans"), "导语",
				List.of(Block.paragraph("第一段", "zh-Hans"), Block.paragraph("第二段", "zh-Hans")), List.of(), 0, List.of(),
				"test");
	}

}
