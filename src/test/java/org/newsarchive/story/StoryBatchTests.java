package org.newsarchive.story;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.StatementCounting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles waiting for their story are assigned a batch at a time, in one transaction,
 * with their names and stored features read once for the batch: one at a time, the story
 * thread made a dozen round trips to the database an article and fell behind an import.
 */
@ArchiveTest
@Import(StatementCounting.class)
@TestPropertySource(properties = "archive.test.archive=story-batches")
class StoryBatchTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StoryRecorder recorder;

	@Autowired
	Stories stories;

	@Test
	void articlesWithoutStoriesAreAssignedInOneBatchAsTheSameStories() {
		// As an archive of an older build: articles without features or stories.
		this.jdbc.sql("delete from stories").update();
		this.jdbc.sql("delete from story_features").update();
		StatementCounting.clear();
		// What start-up does; on the calling thread, as the tests assign.
		this.recorder.run(null);
		// Round trips at the driver, a JDBC batch once: 34 before, with the features
		// written, the bands and the feature log read once an article (5, 5, 5); now the
		// features written in one batch, the bands read once, the log at the start and
		// after the write. Two more since windows move a day at a time: the days of 23
		// April to 13 May are read again, as the seeds' first assignment moved their
		// window on to 2 to 22 May.
		assertThat(StatementCounting.executions("with saved as (insert into story_features", "")).isEqualTo(1);
		assertThat(StatementCounting.executions("select f.article_id", "from story_bands")).isEqualTo(1);
		assertThat(StatementCounting.executions("select seq, article_id from story_feature_log", "")).isEqualTo(2);
		assertThat(StatementCounting.statements()).isEqualTo(25);
		long bbc = SeedArticles.id(this.jdbc, "000");
		StoryDetail detail = this.stories.story(this.stories.storyOf(bbc).orElseThrow().id());
		assertThat(detail.timeline()).extracting((a) -> a.article().id())
			.containsExactly(bbc, SeedArticles.id(this.jdbc, "002"), SeedArticles.id(this.jdbc, "003"));
		assertThat(detail.articles()).isEqualTo(3);
		assertThat(this.stories.storyOf(SeedArticles.id(this.jdbc, "001"))).isEmpty();
		assertThat(this.stories.storyOf(SeedArticles.id(this.jdbc, "004"))).isEmpty();
	}

}
