package org.newsarchive.story;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * As the portal runs by default: stories assigned on their own thread, after the import
 * that stored the seeds, end as the storing thread would have left them.
 */
@ArchiveTest
@TestPropertySource(properties = { "archive.stories.in-background=true", "spring.application.name=background-stories" })
@DirtiesContext
class BackgroundStoriesTests {

	@Autowired
	Stories stories;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSeedStoryIsAssignedOffTheStoringThread() {
		// Every seed's features are stored once its assignment is done.
		await().atMost(Duration.ofMinutes(2))
			.until(() -> this.jdbc.sql("select count(*) from story_features").query(Long.class).single() == 5);
		SeedArticles.assertTheSeedStory(this.stories, this.jdbc);
	}

}
