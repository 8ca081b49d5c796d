package org.newsarchive.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.article.ArticleOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The home and source pages as a reader gets them, with the seeds imported. */
@ArchiveTest
class ReadingPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void homeHasTheSearchBoxThePeopleMostNamedAndTheMonths() throws Exception {
		Document home = page("/");
		assertThat(home.select("form.home-search input[name=q]")).hasSize(1);
		assertThat(home.select(".people-counts li a").eachText()).startsWith("斯托尔滕贝格", "岸田文雄")
			.hasSizeLessThanOrEqualTo(10);
		assertThat(home.select(".people-counts li").first().select(".count").text()).isEqualTo("5");
		assertThat(home.select(".people-counts li a").first().attr("href")).matches("/people/\\d+");
		assertThat(home.select(".month-chart desc").text())
			.isEqualTo("2023-02: 1; 2023-03: 0; 2023-04: 0; 2023-05: 2; 2023-06: 1");
		assertThat(home.select(".month-chart rect.bar")).hasSize(5);
		assertThat(home.select(".month-chart rect.bar").get(3).attr("height")).isEqualTo("100");
		assertThat(home.select(".month-chart rect.bar").get(0).attr("height")).isEqualTo("50");
		assertThat(home.select("#home-months ~ p.hint").text())
			.isEqualTo("1 article is dated only to a year and so not in the chart.");
	}

	@Test
	void rfiPage() throws Exception {
		Document rfi = page("/sources/rfi-chinese");
		assertThat(rfi.select("h1").text()).isEqualTo("RFI 法广中文");
		assertThat(rfi.select(".profile dd").eachText()).containsExactly("https://www.rfi.fr/cn/", "zh-Hans", "2",
				"2023-02-18 08:04 UTC+01:00 – 2023-06-13 16:18 UTC+02:00", "Subscribe to this source");
		assertThat(rfi.select(".article-list h3").eachText()).containsExactly("北约将提升与亚太伙伴四国关系，探索在网络安全等问题合作",
				"北约秘书长访日：在更危险的世界里，日本可指望北约与你们站在一起");
		assertThat(rfi.select(".people-counts li").first().text()).isEqualTo("斯托尔滕贝格 2");
		assertThat(rfi.select(".health dd").eachText()).containsExactly("2", "0", "0");
		assertThat(rfi.select(".ingest-health a[href=/admin]")).hasSize(1);

		Document oldest = page("/sources/rfi-chinese?sort=oldest");
		assertThat(oldest.select(".article-list h3").eachText()).containsExactly("北约秘书长访日：在更危险的世界里，日本可指望北约与你们站在一起",
				"北约将提升与亚太伙伴四国关系，探索在网络安全等问题合作");
		assertThat(oldest.select(".sort a[aria-current=true]").text()).isEqualTo("Oldest first");
	}

	@Test
	void guanchaPageShowsItsDamagedArticle() throws Exception {
		Document guancha = page("/sources/guancha");
		assertThat(guancha.select("h1").text()).isEqualTo("观察者网 Guancha");
		assertThat(guancha.select(".profile dd").eachText()).containsExactly("https://www.guancha.cn/", "zh", "1",
				"2023-05-03inferred", "Subscribe to this source");
		assertThat(guancha.select(".health dd").eachText()).containsExactly("1", "1", "9");
		assertThat(guancha.select(".flagged-list > li > a").text()).isEqualTo("針對中俄?日媒曝北約擬在東京設立亞洲首個聯絡處");
		assertThat(guancha.select(".flagged-list > li > a").attr("lang")).isEqualTo("zh-Hant");
		assertThat(guancha.select(".flagged-list > li li").eachText()).singleElement()
			.asString()
			.startsWith("9 places in the text are damaged");
	}

	@Test
	void sourcePageModel() throws Exception {
		ReadingPages.SourcePage page = (ReadingPages.SourcePage) this.mvc
			.perform(get("/sources/rfi-chinese").param("sort", "oldest"))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("page");
		assertThat(page.order()).isEqualTo(ArticleOrder.OLDEST);
		assertThat(page.source().articleCount()).isEqualTo(2);
		assertThat(page.base()).isEqualTo("/sources/rfi-chinese?sort=oldest");
	}

	private Document page(String path) throws Exception {
		String html = this.mvc.perform(get(path).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

}
