package org.newsarchive.story;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article's signature bands are written with its features and go with them, without a
 * foreign-key check of each band row against the articles (V27). An archive of its own:
 * it rewrites a seed's features.
 */
@ArchiveTest
@TestPropertySource(properties = { "archive.test.archive=story-bands", "archive.stories.band-followed=2" })
class StoryBandsTests {

	@Autowired
	JdbcStoryStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void bandsAreWrittenWithTheirFeaturesUncheckedAndGoWithThem() {
		long bbc = SeedArticles.id(this.jdbc, "000");
		ArticleFeatures features = this.store.features(bbc);
		this.jdbc.sql("delete from story_features where article_id = :id").param("id", bbc).update();
		assertThat(bands(bbc)).isZero();
		this.transaction.executeWithoutResult((status) -> {
			this.store.lockForAssignment();
			this.store.saveFeatures(features);
			this.store.writeFeatures();
		});
		assertThat(bands(bbc)).isEqualTo(MinHash.BANDS);
		// Before V27 a foreign key looked up the article once for each band row.
		assertThat(this.jdbc.sql("""
				select count(*) from pg_constraint where conrelid = 'story_bands'::regclass and contype = 'f'""")
			.query(Long.class)
			.single()).isZero();
		// As deleting the article does, by cascade.
		this.jdbc.sql("delete from story_features where article_id = :id").param("id", bbc).update();
		assertThat(bands(bbc)).isZero();
	}

	/**
	 * A batch holds the stored copies of its articles' texts, not every article sharing a
	 * band with them: those grow with the archive, and at 30,000 articles their features
	 * were the largest part of the heap. Rolled back, the seeds' features left as they
	 * were.
	 */
	@Test
	void aBatchHoldsTheCopiesOfItsTextsNotEveryArticleSharingABand() {
		long bbc = SeedArticles.id(this.jdbc, "000");
		long copy = SeedArticles.id(this.jdbc, "001");
		List<Long> sharingOneBand = List.of(SeedArticles.id(this.jdbc, "002"), SeedArticles.id(this.jdbc, "003"),
				SeedArticles.id(this.jdbc, "004"));
		int[] text = IntStream.range(0, MinHash.HASHES).toArray();
		ArticleFeatures batchArticle = withSignature(bbc, text);
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.store.lockForAssignment();
				// 54 of 64 hashes the same: a copy, sharing 27 of the 32 bands.
				this.store.saveFeatures(withSignature(copy, otherThan(text, 10)));
				// 2 of 64, the last band: alike by chance.
				sharingOneBand.forEach((id) -> this.store.saveFeatures(withSignature(id, otherThan(text, 62))));
				this.store.writeFeatures();
				this.store.readCopies(List.of(batchArticle));
				assertThat(this.store.featuresHeld()).isEqualTo(1);
				assertThat(this.store.copiesOf(batchArticle)).extracting(ArticleFeatures::articleId)
					.containsExactly(copy);
				status.setRollbackOnly();
			});
		}
		finally {
			this.store.forgetPool();
		}
	}

	/**
	 * A band shared by more stored articles than a band is followed to is read to its
	 * newest alone: a template's or a footer's band, shared by a growing share of the
	 * archive, is no way to a copy. Rolled back, as above.
	 */
	@Test
	void aBandSharedByMoreArticlesThanAreFollowedIsReadToItsNewest() {
		long bbc = SeedArticles.id(this.jdbc, "000");
		List<Long> sharingOneBand = List.of(SeedArticles.id(this.jdbc, "001"), SeedArticles.id(this.jdbc, "002"),
				SeedArticles.id(this.jdbc, "003"), SeedArticles.id(this.jdbc, "004"));
		int[] text = IntStream.range(0, MinHash.HASHES).toArray();
		ArticleFeatures batchArticle = withSignature(bbc, text);
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.store.lockForAssignment();
				// Four articles share the last band alone, followed to two.
				sharingOneBand.forEach((id) -> this.store.saveFeatures(withSignature(id, otherThan(text, 62))));
				this.store.writeFeatures();
				long readBefore = this.store.bandSharersRead();
				this.store.readCopies(List.of(batchArticle));
				// Followed whole: 4.
				assertThat(this.store.bandSharersRead() - readBefore).isEqualTo(2);
				assertThat(this.store.copiesOf(batchArticle)).isEmpty();
				status.setRollbackOnly();
			});
		}
		finally {
			this.store.forgetPool();
		}
	}

	private static ArticleFeatures withSignature(long articleId, int[] signature) {
		return new ArticleFeatures(articleId, null, null, signature, new String[0], new String[0], new long[0],
				List.of(), null, new String[0]);
	}

	/** The signature with its first hashes changed. */
	private static int[] otherThan(int[] signature, int changed) {
		int[] other = signature.clone();
		for (int i = 0; i < changed; i++) {
			other[i] = 1_000 + i;
		}
		return other;
	}

	private long bands(long articleId) {
		return this.jdbc.sql("select count(*) from story_bands where article_id = :id")
			.param("id", articleId)
			.query(Long.class)
			.single();
	}

}
