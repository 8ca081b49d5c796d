package org.newsarchive.story;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
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
		long bbc = seed("000");
		// Every seed's features are stored once its assignment is done.
		await().atMost(Duration.ofMinutes(2))
			.until(() -> this.jdbc.sql("select count(*) from story_features").query(Long.class).single() == 5);
		StoryDetail detail = this.stories.story(this.stories.storyOf(bbc).orElseThrow().id());
		assertThat(detail.timeline()).extracting((a) -> a.article().id())
			.containsExactly(bbc, seed("002"), seed("003"));
		assertThat(this.stories.storyOf(seed("001"))).isEmpty();
		assertThat(this.stories.storyOf(seed("004"))).isEmpty();
	}

	private long seed(String number) {
		List<Long> ids = this.jdbc.sql("""
				select a.id from articles a join raw_documents r on r.id = a.raw_document_id
				where r.file_name like :name""").param("name", number + "\\_%").query(Long.class).list();
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

}
