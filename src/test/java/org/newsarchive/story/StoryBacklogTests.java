package org.newsarchive.story;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.ingest.ImportService;
import org.newsarchive.ingest.IncomingFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Articles waiting for their story behind an import whose dates jump are assigned in
 * publication order: each day's window is read once, not once an article.
 */
@ArchiveTest
@TestPropertySource(properties = { "archive.stories.in-background=true", "archive.test.archive=story-backlog" })
@DirtiesContext
class StoryBacklogTests {

	private static final int DAYS = 10;

	@Autowired
	ImportService imports;

	@Autowired
	StoryRecorder recorder;

	@Autowired
	JdbcStoryStore store;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBacklogOfJumpingDaysReadsEachDaysWindowOnce() {
		awaitAllAssigned();
		long windowsBefore = this.store.windowsRead();
		// Ten days a month apart, each twice, in the order d0 … d9, d0 … d9: more days
		// than the windows kept (8), so in that order each article read its own.
		String lines = IntStream.range(0, 2 * DAYS)
			.mapToObj((i) -> """
					{"title":"Backlog report %d","content":"%s","date":"%s","website":"Backlog Wire"}""".formatted(i,
					DistinctTexts.text(i), LocalDate.of(2020, 1, 1).plusDays(30L * (i % DAYS))))
			.collect(Collectors.joining("\n"));
		// The story thread waits for the recorder while the import stores them all.
		synchronized (this.recorder) {
			this.imports.importFiles("test",
					List.of(new IncomingFile("backlog.jsonl", lines.getBytes(StandardCharsets.UTF_8))));
		}
		awaitAllAssigned();
		// In the order they came: 20.
		assertThat(this.store.windowsRead() - windowsBefore).isEqualTo(DAYS);
	}

	private void awaitAllAssigned() {
		await().atMost(Duration.ofMinutes(2)).until(() -> this.jdbc.sql("""
				select count(*) from articles a left join story_features f on f.article_id = a.id
				where f.article_id is null""").query(Long.class).single() == 0);
	}

}
