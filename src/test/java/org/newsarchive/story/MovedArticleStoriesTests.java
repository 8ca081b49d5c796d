package org.newsarchive.story;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.article.SourceMerge;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article moved to another source ({@code ArticleMoved}) stays in its story, which
 * counts its outlets again. An archive of its own: it merges the seeds' sources.
 */
@ArchiveTest
@TestPropertySource(properties = "archive.test.archive=story-moved")
class MovedArticleStoriesTests {

	@Autowired
	Stories stories;

	@Autowired
	SourceMerge merge;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStoryCountsItsOutletsAgainWhenAnArticleMovesToAnotherSource() {
		long bbc = SeedArticles.id(this.jdbc, "000");
		long guancha = SeedArticles.id(this.jdbc, "002");
		long story = this.stories.storyOf(bbc).orElseThrow().id();
		assertThat(outlets(story)).isEqualTo(3);

		this.merge.merge(slugOf(guancha), slugOf(bbc));

		assertThat(this.stories.storyOf(guancha).orElseThrow().id()).isEqualTo(story);
		assertThat(outlets(story)).isEqualTo(2);
		// Its features are those of its new revision: start-up does not assign it again.
		assertThat(this.jdbc.sql("""
				select count(*) from articles a join story_features f on f.article_id = a.id
				where f.revision <> a.revision""").query(Long.class).single()).isZero();
	}

	private int outlets(long story) {
		return this.jdbc.sql("select outlet_count from stories where id = :id")
			.param("id", story)
			.query(Integer.class)
			.single();
	}

	private String slugOf(long article) {
		return this.jdbc.sql("select s.slug from sources s join articles a on a.source_id = s.id where a.id = :id")
			.param("id", article)
			.query(String.class)
			.single();
	}

}
