package org.newsarchive.web;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The article page as the server renders it. */
@ArchiveTest
class ArticlePageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void arrivingFromASearchMarksTheWordsInTheArticlesOwnScript() throws Exception {
		String html = page(id("002"), "北约");
		assertThat(html).contains("<mark>北約</mark>").doesNotContain("<mark>北约</mark>");
		assertThat(page(id("002"), null)).doesNotContain("<mark>");
	}

	@Test
	void marksTheTitleAndTheCaptionsToo() throws Exception {
		String html = page(id("000"), "Keio");
		assertThat(html).contains("visit to <mark>Keio</mark> University");
		assertThat(page(id("003"), "联络")).contains("北约将在日本设立<mark>联络</mark>机构");
	}

	@Test
	void aPersonsNameMarksAllTheirNames() throws Exception {
		assertThat(page(id("002"), "Stoltenberg")).contains("<mark>斯托爾滕貝格</mark>");
	}

	@Test
	void groupsTheEntitiesAndLinksRelatedArticles() throws Exception {
		String html = page(id("003"), null);
		assertThat(html).contains("<dt>People</dt>").contains("<dt>Places</dt>");
		assertThat(html).contains("About the same people");
		List<String> related = List.of("北约“东进”设立东京联络处 乌克兰战争催生亚洲“小北约”？", "北约秘书长访日：在更危险的世界里，日本可指望北约与你们站在一起");
		String section = html.substring(html.indexOf("class=\"related\""));
		assertThat(section).contains(related);
	}

	@Test
	void showsTheDamagedTextNoticeOnlyWhereTheTextIsDamaged() throws Exception {
		assertThat(page(id("002"), null)).contains("damaged in 9 places");
		assertThat(page(id("000"), null)).doesNotContain("damaged in");
	}

	private String page(int id, String q) throws Exception {
		var request = get("/articles/{id}", id).header("Accept-Language", "en");
		if (q != null) {
			request.param("q", q);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private int id(String seed) throws Exception {
		String list = this.mvc.perform(get("/api/articles")).andReturn().getResponse().getContentAsString();
		for (Integer id : JsonPath.<List<Integer>>read(list, "$.items[*].id")) {
			String article = this.mvc.perform(get("/api/articles/{id}", id))
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (JsonPath.<String>read(article, "$.origin.file").startsWith(seed)) {
				return id;
			}
		}
		throw new AssertionError("no seed " + seed);
	}

}
