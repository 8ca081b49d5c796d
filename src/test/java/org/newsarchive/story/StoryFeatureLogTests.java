package org.newsarchive.story;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The days a portal instance keeps in memory follow what the database holds: changes made
 * by another instance, and articles deleted. An archive of its own: it changes the seeds'
 * features behind the portal's back.
 */
@ArchiveTest
@TestPropertySource(properties = "archive.test.archive=story-feature-log")
class StoryFeatureLogTests {

	@Autowired
	JdbcStoryStore store;

	@Autowired
	JdbcClient jdbc;

	@Test
	void changesMadeElsewhereReachTheDaysInMemory() {
		ArticleFeatures bbc = this.store.features(SeedArticles.id(this.jdbc, "000"));
		long guancha = SeedArticles.id(this.jdbc, "002");
		StoryPool.Window window = window(bbc);
		int articles = window.size();
		assertThat(articles).isEqualTo(5);
		assertThat(window.using("elsewhere")).isZero();
		// As another instance storing a new revision would.
		this.jdbc.sql("update story_features set terms = array_append(terms, 'elsewhere') where article_id = :id")
			.param("id", bbc.articleId())
			.update();
		assertThat(window(bbc).using("elsewhere")).isEqualTo(1);
		// As deleting the article does, by cascade.
		this.jdbc.sql("delete from story_features where article_id = :id").param("id", guancha).update();
		assertThat(window(bbc).size()).isEqualTo(articles - 1);
		assertThat(window(bbc).candidates(bbc)).extracting(ArticleFeatures::articleId).doesNotContain(guancha);
	}

	@Test
	void theLogKeepsTheLastChangesAndAnInstanceBehindThemCountsItsDaysAfresh() {
		ArticleFeatures bbc = this.store.features(SeedArticles.id(this.jdbc, "000"));
		assertThat(window(bbc).using("pruned")).isZero();
		// More changes than the log keeps, as other instances storing articles make.
		this.jdbc.sql("insert into story_feature_log (article_id) select :id from generate_series(1, :rows)")
			.param("id", bbc.articleId())
			.param("rows", 2 * JdbcStoryStore.LOG_KEPT + 1)
			.update();
		window(bbc);
		assertThat(this.jdbc.sql("select count(*) from story_feature_log").query(Long.class).single())
			.isEqualTo(JdbcStoryStore.LOG_KEPT);
		// Another instance changes an article and prunes the log past that change before
		// this one has read it; a later change follows.
		this.jdbc.sql("update story_features set terms = array_append(terms, 'pruned') where article_id = :id")
			.param("id", bbc.articleId())
			.update();
		this.jdbc.sql("delete from story_feature_log").update();
		this.jdbc.sql("insert into story_feature_log (article_id) values (-1)").update();
		assertThat(window(bbc).using("pruned")).isEqualTo(1);
	}

	private StoryPool.Window window(ArticleFeatures article) {
		return this.store.pool(article.firstDay().minusDays(StoryMatcher.WINDOW_DAYS),
				article.lastDay().plusDays(StoryMatcher.WINDOW_DAYS));
	}

}
