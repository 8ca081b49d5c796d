package org.newsarchive.story;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

/**
 * Articles waiting for their story are assigned a batch at a time, in one transaction,
 * with their names and stored features read once for the batch: one at a time, the story
 * thread made a dozen round trips to the database an article and fell behind an import.
 */
@ArchiveTest
@TestPropertySource(properties = "archive.test.archive=story-batches")
class StoryBatchTests {

	@MockitoSpyBean
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
		Thread assigning = Thread.currentThread();
		AtomicInteger statements = new AtomicInteger();
		doAnswer((invocation) -> {
			if (Thread.currentThread() == assigning) {
				statements.incrementAndGet();
			}
			return invocation.callRealMethod();
		}).when(this.jdbc).sql(anyString());
		// What start-up does; on the calling thread, as the tests assign.
		this.recorder.run(null);
		// Before: 64 statements for the five seeds: a transaction, a lock, a look-up of
		// the names and of the features before, three statements to store the features
		// and the story counted again at each join, for each article. Then 34, with a
		// look-up of each article's story before assigning it.
		assertThat(statements.get()).isEqualTo(29);
		long bbc = SeedArticles.id(this.jdbc, "000");
		StoryDetail detail = this.stories.story(this.stories.storyOf(bbc).orElseThrow().id());
		assertThat(detail.timeline()).extracting((a) -> a.article().id())
			.containsExactly(bbc, SeedArticles.id(this.jdbc, "002"), SeedArticles.id(this.jdbc, "003"));
		assertThat(detail.articles()).isEqualTo(3);
		assertThat(this.stories.storyOf(SeedArticles.id(this.jdbc, "001"))).isEmpty();
		assertThat(this.stories.storyOf(SeedArticles.id(this.jdbc, "004"))).isEmpty();
	}

}
