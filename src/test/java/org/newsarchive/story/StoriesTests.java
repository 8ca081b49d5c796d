package org.newsarchive.story;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seeds as stories: BBC 中文 (000), 观察者网 in traditional script (002) and China Military
 * Online's bilingual article (003) report NATO's planned Tokyo liaison office in May
 * 2023; RFI's February visit (001) and June partners (004) are related, not part of it.
 */
@ArchiveTest
class StoriesTests {

	@Autowired
	Stories stories;

	@Autowired
	ArticleQueries articles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theSeedsTellOneStoryWithTwoRelatedArticles() {
		long bbc = SeedArticles.id(this.jdbc, "000");
		long february = SeedArticles.id(this.jdbc, "001");
		long guancha = SeedArticles.id(this.jdbc, "002");
		long bilingual = SeedArticles.id(this.jdbc, "003");
		long june = SeedArticles.id(this.jdbc, "004");
		StoryRef story = this.stories.storyOf(bbc).orElseThrow();
		assertThat(this.stories.storyOf(guancha)).contains(story);
		assertThat(this.stories.storyOf(bilingual)).contains(story);
		assertThat(this.articles.get(bilingual).bilingual()).isTrue();
		assertThat(this.stories.storyOf(february)).isEmpty();
		assertThat(this.stories.storyOf(june)).isEmpty();
		StoryDetail detail = this.stories.story(story.id());
		assertThat(detail.title()).isEqualTo("北约“东进”设立东京联络处 乌克兰战争催生亚洲“小北约”？");
		assertThat(detail.timeline()).extracting((a) -> a.article().id()).containsExactly(bbc, guancha, bilingual);
		assertThat(detail.outlets()).extracting((o) -> o.slug())
			.containsExactly("bbc-chinese", "guancha", "china-military-online");
		assertThat(detail.timeline()).allSatisfy((a) -> assertThat(a.sameText()).isEmpty());
		assertThat(detail.related()).extracting((r) -> r.article().id()).containsExactlyInAnyOrder(february, june);
		assertThat(this.stories.related(story.id())).extracting((r) -> r.story()).containsOnlyNulls();
		assertThat(this.stories.sameStoryElsewhere(guancha)).extracting(ArticleSummary::id)
			.containsExactly(bbc, bilingual);
		assertThat(this.stories.sameTextElsewhere(guancha)).isEmpty();
	}

	@Test
	void anArticlesPageListsTheEarliestOfTheStoryInOtherOutletsOnly() {
		long bbc = SeedArticles.id(this.jdbc, "000");
		long guancha = SeedArticles.id(this.jdbc, "002");
		long bilingual = SeedArticles.id(this.jdbc, "003");
		assertThat(this.stories.sameStoryElsewhere(guancha, 1)).extracting(ArticleSummary::id).containsExactly(bbc);
		assertThat(this.stories.sameStoryElsewhere(bbc, 1)).extracting(ArticleSummary::id).containsExactly(guancha);
		assertThat(this.stories.sameStoryElsewhere(bbc, 2)).extracting(ArticleSummary::id)
			.containsExactly(guancha, bilingual);
	}

	@Test
	void aStoryExplainsWhyEachArticleIsInIt() {
		StoryDetail detail = this.stories
			.story(this.stories.storyOf(SeedArticles.id(this.jdbc, "000")).orElseThrow().id());
		StoryReason first = detail.timeline().get(0).reason();
		assertThat(first.joinedTo()).isNull();
		StoryReason guancha = detail.timeline().get(1).reason();
		assertThat(guancha.kind()).isEqualTo(StoryReason.Kind.MEMBER);
		assertThat(guancha.joinedTo()).isEqualTo(SeedArticles.id(this.jdbc, "000"));
		assertThat(guancha.sharedPeople()).contains("岸田文雄");
		assertThat(guancha.dayGap()).isZero();
		assertThat(detail.people()).hasSize(3);
		assertThat(detail.sharedPhrases()).isNotEmpty();
	}

	@Test
	void theApiListsStoriesAndArticlesNameTheirStory() throws Exception {
		long storyId = this.stories.storyOf(SeedArticles.id(this.jdbc, "000")).orElseThrow().id();
		this.mvc.perform(get("/api/stories"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(storyId))
			.andExpect(jsonPath("$.items[0].articles").value(3))
			.andExpect(jsonPath("$.items[0].firstDay").value("2023-01-01"))
			.andExpect(jsonPath("$.items[0].lastDay").value("2023-12-31"));
		this.mvc.perform(get("/api/stories").param("source", "rfi-chinese"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/api/stories/{id}", storyId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeline", hasSize(3)))
			.andExpect(jsonPath("$.timeline[1].article.source.slug").value("guancha"))
			.andExpect(jsonPath("$.related", hasSize(2)));
		this.mvc.perform(get("/api/articles/{id}", SeedArticles.id(this.jdbc, "002")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("針對中俄?日媒曝北約擬在東京設立亞洲首個聯絡處"))
			.andExpect(jsonPath("$.story.id").value(storyId))
			.andExpect(jsonPath("$.sameText", hasSize(0)));
		this.mvc.perform(get("/api/articles/{id}", SeedArticles.id(this.jdbc, "001")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.story").doesNotExist());
		this.mvc.perform(get("/api/stories/{id}", storyId + 1000)).andExpect(status().isNotFound());
	}

}
