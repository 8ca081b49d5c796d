package org.newsarchive.story;

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
@TestPropertySource(properties = "archive.test.archive=story-bands")
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

	private long bands(long articleId) {
		return this.jdbc.sql("select count(*) from story_bands where article_id = :id")
			.param("id", articleId)
			.query(Long.class)
			.single();
	}

}
