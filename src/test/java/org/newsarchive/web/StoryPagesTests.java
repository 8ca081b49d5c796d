package org.newsarchive.web;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The story pages, the article page's story sections and search by story, on the seed
 * story. Its context is thrown away afterwards: the story written here would stand in for
 * whatever story assignment made of the seeds in other tests.
 */
@ArchiveTest
@DirtiesContext
class StoryPagesTests {

	static final String BBC = "北约“东进”设立东京联络处 乌克兰战争催生亚洲“小北约”？";

	static final String GUANCHA = "針對中俄?日媒曝北約擬在東京設立亞洲首個聯絡處";

	static final String CHINA_MIL = "NATO to open liaison office in Tokyo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theStoryPageShowsTheCoverageByOutletAndWhyEachArticleIsInIt() throws Exception {
		SeedStory story = SeedStory.write(this.jdbc, false);
		Document page = page("/stories/" + story.storyId, "en");
		assertThat(page.select("h1").text()).isEqualTo(BBC);
		assertThat(page.select("h1").attr("lang")).isEqualTo("zh-Hans");
		assertThat(page.select(".story-header .meta").text())
			.isEqualTo("2023-05-03 – 2023-05-04 · 3 articles · 3 outlets");
		assertThat(page.select(".timeline > li > h3 a").eachText()).containsExactly(BBC, GUANCHA, CHINA_MIL);
		assertThat(page.select(".timeline > li > h3 a").eachAttr("lang")).containsExactly("zh-Hans", "zh-Hant", "en");
		assertThat(page.select(".timeline > li > h3 a").eachAttr("href")).containsExactly(
				"/articles/" + story.article("000"), "/articles/" + story.article("002"),
				"/articles/" + story.article("003"));
		assertThat(page.select(".timeline > li > .outlet-name > a").eachText()).containsExactly("BBC News 中文",
				"观察者网 Guancha", "China Military Online 中国军网");
		assertThat(page.select(".timeline > li > .outlet-name time").eachAttr("datetime")).containsExactly("2023",
				"2023-05-03", "2023-05-12T18:07:23+08:00");
		assertThat(page.select(".timeline > li > .outlet-name .precision").eachText()).containsExactly("(year only)",
				"(day only)");
		assertThat(page.select(".timeline > li > .lede").first().attr("lang")).isEqualTo("zh-Hans");
		assertThat(page.select(".timeline > li > .other-title").eachText()).containsExactly("北约将在日本设立联络机构");
		assertThat(page.select(".timeline > li > .reason").get(0).select("li").eachText())
			.containsExactly("The first report of this story");
		assertThat(page.select(".timeline > li > .reason").get(1).select("li").eachText()).containsExactly(
				"Most alike " + BBC + " (41% alike)", "Names in common: 斯托尔滕贝格, 北约, 东京", "Phrases in common: 联络处",
				"1 day apart");
		assertThat(page.select(".timeline > li > .reason").get(2).select("li").eachText()).containsExactly(
				"Most alike " + GUANCHA + " (37% alike)", "Names in common: 北约, 日本", "Phrases in common: 联络办公室, 小北约",
				"Published the same day");
		assertThat(page.select(".story-people .outlet h3").eachText()).containsExactly("BBC News 中文", "观察者网 Guancha",
				"China Military Online 中国军网");
		for (Element outlet : page.select(".story-people .outlet")) {
			assertThat(outlet.select("a").eachText()).contains("斯托尔滕贝格", "岸田文雄").doesNotContain("北约", "东京");
			assertThat(outlet.select("a").eachAttr("href")).allMatch((href) -> href.matches("/people/\\d+"));
		}
		assertThat(page.select(".phrases.shared li").eachText()).contains("北约秘书长斯托尔滕贝格", "日本首相岸田文雄");
		assertThat(page.select(".story-phrases .outlet h4").eachText()).containsExactly("BBC News 中文", "观察者网 Guancha",
				"China Military Online 中国军网");
		assertThat(page.select(".story-related h3 a").eachText()).containsExactly("北约将提升与亚太伙伴四国关系，探索在网络安全等问题合作",
				"北约秘书长访日：在更危险的世界里，日本可指望北约与你们站在一起");
		assertThat(page.select(".story-related h3 a").eachAttr("href"))
			.containsExactly("/articles/" + story.article("004"), "/articles/" + story.article("001"));
		assertThat(page.select(".story-header .feeds a").eachAttr("href")).containsExactly(
				"/search?story=" + story.storyId, "/search.atom?story=" + story.storyId,
				"/search.csv?story=" + story.storyId, "/search.json?story=" + story.storyId);
		assertThat(page.select(".site-nav a[href=/stories]").text()).isEqualTo("Stories");
	}

	@Test
	void aCopyFoldsUnderItsFirstAppearanceInEitherInterfaceLanguage() throws Exception {
		SeedStory story = SeedStory.write(this.jdbc, true);
		Document page = page("/stories/" + story.storyId, "zh-CN");
		assertThat(page.select(".timeline > li > h3 a").eachText()).containsExactly(BBC, GUANCHA);
		Element folded = page.select(".timeline > li").get(1).selectFirst("details.same-text");
		assertThat(folded.select("summary").text()).isEqualTo("此文的 1 份副本");
		assertThat(folded.select("h3 a").eachText()).containsExactly(CHINA_MIL);
		assertThat(folded.select(".reason li").eachText()).containsExactly("与此文相同： " + GUANCHA + "（相似度 93%）", "同一天发表");
		assertThat(page.select(".story-timeline h2").text()).isEqualTo("各媒体的报道");
		assertThat(page.select(".site-nav a[href=/stories]").text()).isEqualTo("新闻事件");
	}

	@Test
	void theListFiltersBySourceAndDateAndSortsByRecentOrLargest() throws Exception {
		SeedStory story = SeedStory.write(this.jdbc, false);
		Document list = page("/stories", "en");
		assertThat(list.select(".story-list h2 a").eachText()).containsExactly(BBC);
		assertThat(list.select(".story-list h2 a").attr("href")).isEqualTo("/stories/" + story.storyId);
		assertThat(list.select(".story-list .meta").text())
			.isEqualTo("2023-05-03 – 2023-05-04 · 3 articles · 3 outlets");
		assertThat(list.select(".story-list .outlets li").eachText()).containsExactly("BBC News 中文", "观察者网 Guancha",
				"China Military Online 中国军网");
		assertThat(page("/stories?source=guancha&to=2023-05-03", "en").select(".story-list h2 a").eachText())
			.containsExactly(BBC);
		Document none = page("/stories?source=rfi-chinese", "en");
		assertThat(none.select(".story-list li")).isEmpty();
		assertThat(none.select(".summary").text()).isEqualTo("No stories");
		assertThat(none.select(".empty").text()).isEqualTo("No stories match these filters.");
		assertThat(page("/stories?from=2023-05-05", "en").select(".story-list li")).isEmpty();
		Document largest = page("/stories?sort=largest", "en");
		assertThat(largest.select(".sort a[aria-current=true]").text()).isEqualTo("Largest");
		assertThat(largest.select(".story-list h2 a").eachText()).containsExactly(BBC);
		assertThat(page("/stories", "zh-CN").select(".summary").text()).isEqualTo("1 个新闻事件");
	}

	@Test
	void badFiltersAnswerTheReadable400PageAndAMissingStoryThe404Page() throws Exception {
		assertThat(problem("/stories?from=31.05.2023")).isEqualTo(
				"A filter cannot be read: write dates as year-month-day, as in 2023-05-31, and page numbers as whole numbers.");
		assertThat(problem("/stories?page=x")).isEqualTo(
				"A filter cannot be read: write dates as year-month-day, as in 2023-05-31, and page numbers as whole numbers.");
		assertThat(problem("/stories?from=2023-06-01&to=2023-05-01"))
			.isEqualTo("The start date is after the end date.");
		assertThat(problem("/stories?sort=biggest")).isEqualTo("Stories are sorted by most recent or largest.");
		assertThat(problem("/stories?page=0")).isEqualTo("The page number starts at 1.");
		assertThat(problem("/stories?from=0000-01-01")).isEqualTo("Dates run from the year 1 to 9999.");
		this.mvc.perform(get("/stories/999999")).andExpect(status().isNotFound());
		// An id that is no number is answered as the article page answers one.
		int notANumber = this.mvc.perform(get("/articles/abc")).andReturn().getResponse().getStatus();
		this.mvc.perform(get("/stories/abc")).andExpect(status().is(notANumber));
		String zh = this.mvc.perform(get("/stories?sort=biggest").header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(zh).select(".error-page p").first().text()).isEqualTo("新闻事件可按最新或报道最多排序。");
	}

	@Test
	void anArticlePageListsTheSameStoryElsewhereAndTheSameTextAndHidesThemWhenEmpty() throws Exception {
		SeedStory story = SeedStory.write(this.jdbc, false);
		Document military = page("/articles/" + story.article("003"), "en");
		assertThat(military.select(".same-story h2").text()).isEqualTo("Same story in other outlets");
		assertThat(military.select(".same-story h3 a").eachText()).containsExactly(BBC, GUANCHA);
		assertThat(military.select(".same-story p > a").attr("href")).isEqualTo("/stories/" + story.storyId);
		assertThat(military.select(".same-text")).isEmpty();
		Document alone = page("/articles/" + story.article("001"), "en");
		assertThat(alone.select(".same-story")).isEmpty();
		assertThat(alone.select(".same-text")).isEmpty();

		story = SeedStory.write(this.jdbc, true);
		Document guancha = page("/articles/" + story.article("002"), "zh-CN");
		assertThat(guancha.select(".same-story h3 a").eachText()).containsExactly(BBC);
		assertThat(guancha.select(".same-text h2").text()).isEqualTo("其他地方的相同文本");
		assertThat(guancha.select(".same-text h3 a").eachText()).containsExactly(CHINA_MIL);
	}

	@Test
	void searchFiltersByStoryInTheApiTheExportsAndTheFeed() throws Exception {
		SeedStory story = SeedStory.write(this.jdbc, false);
		String found = this.mvc.perform(get("/api/search").param("story", Long.toString(story.storyId)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(found, "$.items[*].id")).containsExactlyInAnyOrder(
				(int) story.article("000"), (int) story.article("002"), (int) story.article("003"));
		assertThat(JsonPath.<List<String>>read(found, "$.items[*].story.title")).containsOnly(BBC);
		String csv = this.mvc.perform(get("/search.csv").param("story", Long.toString(story.storyId)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().count()).isEqualTo(4);
		assertThat(csv).contains(GUANCHA).doesNotContain("北约秘书长访日");
		String atom = this.mvc.perform(get("/search.atom").param("story", Long.toString(story.storyId)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(atom, "", Parser.xmlParser()).select("entry")).hasSize(3);
		this.mvc.perform(get("/api/search").param("story", "999999"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("No story has the id 999999."));
		Document filtered = page("/search?q=北约&story=" + story.storyId, "en");
		assertThat(filtered.select(".results h3 a")).hasSize(3);
		assertThat(filtered.select(".chips .chip").text()).isEqualTo(BBC + " ×");
	}

	@Test
	void groupedSearchShowsOneResultPerStoryWithHowManyMoreOutletsCoveredIt() throws Exception {
		SeedStory story = SeedStory.write(this.jdbc, false);
		String grouped = this.mvc.perform(get("/api/search").param("q", "北约").param("group", "story"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Integer>read(grouped, "$.total")).isEqualTo(3);
		List<Map<String, Object>> items = JsonPath.read(grouped, "$.items");
		assertThat(items.stream().filter((item) -> item.get("story") != null).map((item) -> item.get("moreInStory")))
			.containsExactly(2);
		assertThat(items.stream().filter((item) -> item.get("story") == null).map((item) -> item.get("id")))
			.containsExactlyInAnyOrder((int) story.article("001"), (int) story.article("004"));
		assertThat(items.stream().filter((item) -> item.get("story") == null).map((item) -> item.get("moreInStory")))
			.containsOnly(0);
		Document page = page("/search?q=北约&group=story", "en");
		assertThat(page.select(".results > li")).hasSize(3);
		assertThat(page.select(".summary span").first().text()).isEqualTo("3 results, one per story");
		assertThat(page.select(".in-story a").text()).isEqualTo("2 more from other outlets");
		assertThat(page.select(".in-story a").attr("href"))
			.isEqualTo("/search?q=%E5%8C%97%E7%BA%A6&story=" + story.storyId);
		assertThat(page.select("input[name=group]").hasAttr("checked")).isTrue();
		assertThat(page("/search?q=北约&group=story", "zh-CN").select(".in-story a").text()).isEqualTo("另有 2 篇来自其他媒体");
		this.mvc.perform(get("/api/search").param("group", "outlet"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Results are grouped by story or not at all, not by 'outlet'."));
	}

	private String problem(String path) throws Exception {
		String html = this.mvc.perform(get(path).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html).select(".error-page p").first().text();
	}

	private Document page(String path, String language) throws Exception {
		String html = this.mvc.perform(get(path).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
