package org.newsarchive.story;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.article.ArticleStored;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When the portal (or the import command) stops while articles wait for their story, the
 * story thread stops after the batch under way instead of working through the rest while
 * the database's connections close under it: they are assigned at the next start.
 */
@ArchiveTest
@TestPropertySource(properties = { "archive.stories.in-background=true", "archive.stories.held-with-text=0",
		"spring.application.name=stories-at-shutdown" })
@DirtiesContext
class StoriesAtShutdownTests {

	private static final int WAITING = 20_000;

	@Autowired
	StoryRecorder recorder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theStoryThreadStopsAfterTheBatchUnderWayAndLeavesTheRestWaiting() throws InterruptedException {
		await().atMost(Duration.ofMinutes(2))
			.until(() -> this.jdbc.sql("select count(*) from story_features").query(Long.class).single() == 5);
		// Ids of no article: each batch reads them back and finds nothing, quickly.
		for (long id = 1_000_001; id <= 1_000_000 + WAITING; id++) {
			this.recorder.on(new ArticleStored(id, 1, null));
		}
		this.recorder.destroy();
		// Working through them all takes 100 batches, more than the 30 s the stop waits
		// for the thread; it stops after the batch under way when the stop came.
		assertThat(this.recorder.stopped()).isTrue();
	}

}
