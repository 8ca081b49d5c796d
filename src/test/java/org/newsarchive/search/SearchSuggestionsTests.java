package org.newsarchive.search;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** What the search page offers when a search finds nothing, and its month chart. */
@ArchiveTest
class SearchSuggestionsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void nothingFoundInSimplifiedOffersTheTraditionalWords() throws Exception {
		Document page = page("/search?q=乌龙茶&source=guancha");
		assertThat(page.select(".empty p").text()).isEqualTo("Nothing found.");
		assertThat(page.select(".empty li").eachText()).containsExactly("Search in traditional script instead: 烏龍茶",
				"Search again without the filters", "How to search");
		assertThat(page.select(".other-script a").attr("href"))
			.isEqualTo("/search?q=%E7%83%8F%E9%BE%8D%E8%8C%B6&source=guancha");
	}

	@Test
	void nothingFoundInTraditionalOffersTheSimplifiedWords() throws Exception {
		Document page = page("/search?q=烏龍茶");
		assertThat(page.select(".other-script").text()).isEqualTo("Search in simplified script instead: 乌龙茶");
	}

	@Test
	void wordsTheSameInBothScriptsOfferNothingMore() throws Exception {
		Document page = page("/search?q=zebra");
		assertThat(page.select(".empty li").eachText()).containsExactly("How to search");
	}

	@Test
	void resultsHaveAMonthChart() throws Exception {
		Document page = page("/search?q=北约");
		assertThat(page.select(".month-chart desc").text())
			.isEqualTo("2023-02: 1; 2023-03: 0; 2023-04: 0; 2023-05: 2; 2023-06: 1");
		assertThat(page.select(".month-chart ~ p.hint").text())
			.isEqualTo("1 result is dated only to a year, or undated, and so not in the chart.");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
