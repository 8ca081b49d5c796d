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
 * A window of days read afresh takes the articles the windows kept already hold from
 * them: the next day's window reads from the database only the day it adds.
 */
@ArchiveTest
@TestPropertySource(properties = { "archive.stories.in-background=true", "archive.test.archive=story-windows" })
@DirtiesContext
class StoryWindowsTests {

	private static final LocalDate FIRST = LocalDate.of(2020, 3, 1);

	@Autowired
	ImportService imports;

	@Autowired
	JdbcStoryStore store;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNextDaysWindowReadsOnlyTheArticlesNoWindowKeptHolds() {
		// Three articles a day on each of six days, and one article 15 days later.
		String lines = IntStream.range(0, 19)
			.mapToObj((i) -> """
					{"title":"Window report %d","content":"%s","date":"%s","website":"Window Wire"}""".formatted(i,
					DistinctTexts.text(i), (i < 18) ? FIRST.plusDays(i / 3) : FIRST.plusDays(15)))
			.collect(Collectors.joining("\n"));
		this.imports.importFiles("test",
				List.of(new IncomingFile("windows.jsonl", lines.getBytes(StandardCharsets.UTF_8))));
		await().atMost(Duration.ofMinutes(2)).until(() -> this.jdbc.sql("""
				select count(*) from articles a left join story_features f on f.article_id = a.id
				where f.article_id is null""").query(Long.class).single() == 0);
		this.store.forgetPool();
		long before = this.store.featuresRead();
		assertThat(this.store.pool(FIRST.minusDays(10), FIRST.plusDays(10)).size()).isEqualTo(18);
		assertThat(this.store.featuresRead() - before).isEqualTo(18);
		// The sixth day's three are held by the first window; only the 19th is read (all
		// four were, 22 in all, before windows took what others hold).
		assertThat(this.store.pool(FIRST.plusDays(5), FIRST.plusDays(25)).size()).isEqualTo(4);
		assertThat(this.store.featuresRead() - before).isEqualTo(19);
	}

}
