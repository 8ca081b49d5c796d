package org.newsarchive.story;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed articles: their ids, and the story three of them make. */
final class SeedArticles {

	private SeedArticles() {
	}

	static long id(JdbcClient jdbc, String number) {
		List<Long> ids = jdbc.sql("""
				select a.id from articles a join raw_documents r on r.id = a.raw_document_id
				where r.file_name like :name""").param("name", number + "\\_%").query(Long.class).list();
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	/** 000, 002 and 003 are one story, in that order; 001 and 004 are in none. */
	static void assertTheSeedStory(Stories stories, JdbcClient jdbc) {
		long bbc = id(jdbc, "000");
		StoryDetail detail = stories.story(stories.storyOf(bbc).orElseThrow().id());
		assertThat(detail.timeline()).extracting((a) -> a.article().id())
			.containsExactly(bbc, id(jdbc, "002"), id(jdbc, "003"));
		assertThat(stories.storyOf(id(jdbc, "001"))).isEmpty();
		assertThat(stories.storyOf(id(jdbc, "004"))).isEmpty();
	}

}
