package org.newsarchive.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.Published;
import org.newsarchive.source.SourceRef;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/search} on its own: how parameters bind and what the JSON and the problems
 * look like. The search behind it is tested against the real index elsewhere.
 */
@WebMvcTest(SearchApiController.class)
class SearchApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SearchService search;

	@MockitoBean
	SearchIndexer indexer;

	@Test
	void bindsEveryParameterAndAnswersInTheDocumentedShape() throws Exception {
		given(this.search.search(any(), any())).willReturn(new SearchResponse(1, 2, 10, 3,
				List.of(new SearchResponse.Item(7, "針對中俄?日媒曝北約擬在東京設立亞洲首個聯絡處", null,
						new SourceRef("guancha", "观察者网 Guancha"),
						new Published("2023-05-03", Published.Precision.DAY, true, "news list"), "<mark>北約</mark>",
						null, "zh-Hant", new StoryLink(5, "北约将在日本设立联络处"), 2)),
				Map.of("source", List.of(new SearchResponse.Facet("guancha", "观察者网 Guancha", 1))), List.of(),
				List.of("source")));
		this.mvc
			.perform(get("/api/search").param("q", "北约")
				.param("source", "guancha", "bbc-chinese")
				.param("from", "2023-05-01")
				.param("to", "2023-05-31")
				.param("person", "12")
				.param("lang", "zh-Hant")
				.param("sort", "newest")
				.param("page", "2")
				.param("story", "5")
				.param("group", "story")
				.param("size", "10")
				.with(user("reader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(10))
			.andExpect(jsonPath("$.tookMs").value(3))
			.andExpect(jsonPath("$.items[0].id").value(7))
			.andExpect(jsonPath("$.items[0].source.slug").value("guancha"))
			.andExpect(jsonPath("$.items[0].published.value").value("2023-05-03"))
			.andExpect(jsonPath("$.items[0].published.precision").value("DAY"))
			.andExpect(jsonPath("$.items[0].published.inferred").value(true))
			.andExpect(jsonPath("$.items[0].snippet").value("<mark>北約</mark>"))
			.andExpect(jsonPath("$.items[0].story.id").value(5))
			.andExpect(jsonPath("$.items[0].story.title").value("北约将在日本设立联络处"))
			.andExpect(jsonPath("$.items[0].moreInStory").value(2))
			.andExpect(jsonPath("$.facets.source[0].label").value("观察者网 Guancha"))
			.andExpect(jsonPath("$.moreFacets[0]").value("source"));
		verify(this.search)
			.search(new SearchRequest("北约", Set.of("guancha", "bbc-chinese"), LocalDate.parse("2023-05-01"),
					LocalDate.parse("2023-05-31"), Set.of(12L), "zh-Hant", "newest", 2, 10, 5L, "story"), null);
	}

	@Test
	void aSearchThatCannotRunIsAProblemDetail() throws Exception {
		given(this.search.search(any(), any()))
			.willThrow(new InvalidQueryException("A quotation mark is not closed: add the closing \" or remove it."));
		this.mvc.perform(get("/api/search").param("q", "\"unbalanced").with(user("reader")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("The search cannot run"))
			.andExpect(jsonPath("$.detail").value("A quotation mark is not closed: add the closing \" or remove it."));
	}

	@Test
	void aParameterOfTheWrongTypeIsAProblemDetailToo() throws Exception {
		this.mvc.perform(get("/api/search").param("from", "notadate").with(user("reader")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("The search cannot run"));
	}

}
