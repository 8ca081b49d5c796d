package org.newsarchive.story;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With no waiting article kept with its text, as when the story thread falls far behind
 * an import, each is read back from the database when its turn comes, and the seed story
 * ends as it does from the text in memory.
 */
@ArchiveTest
@TestPropertySource(properties = { "archive.stories.in-background=true", "archive.stories.held-with-text=0",
		"spring.application.name=stories-read-back" })
@DirtiesContext
class StoriesReadBackTests {

	@Autowired
	Stories stories;

	@Autowired
	StoryRecorder recorder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void articlesKeptByIdAreReadBackAndMakeTheSameSeedStory() {
		await().atMost(Duration.ofMinutes(2))
			.until(() -> this.jdbc.sql("select count(*) from story_features").query(Long.class).single() == 5);
		assertThat(this.recorder.readBack()).isEqualTo(5);
		SeedArticles.assertTheSeedStory(this.stories, this.jdbc);
	}

}
