package org.newsarchive.entity;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list of people comes a page at a time, with how many there are in all, and so do
 * the articles of a person named in many.
 */
@ArchiveTest
class PeoplePagingTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theListComesAPageAtATimeWithTheTotal() throws Exception {
		List<String> everyone = JsonPath
			.read(this.mvc.perform(get("/api/people").param("type", "PERSON").param("size", "100"))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$[*].name");
		assertThat(everyone).hasSize(28);
		assertThat(everyone.subList(0, 2)).containsExactlyInAnyOrder("斯托尔滕贝格", "岸田文雄");
		this.mvc.perform(get("/api/people").param("type", "PERSON").param("page", "2").param("size", "3"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "28"))
			.andExpect(header().string("Link",
					"</api/people?type=PERSON&page=1&size=3>; rel=\"prev\", </api/people?type=PERSON&page=3&size=3>; rel=\"next\""))
			.andExpect(jsonPath("$[*].name").value(contains(everyone.subList(3, 6).toArray())));
		this.mvc.perform(get("/api/people").param("type", "PERSON").param("page", "10").param("size", "3"))
			.andExpect(jsonPath("$[*].name").value(contains(everyone.get(27))));
	}

	@Test
	void withoutParametersTheListIsItsFirstFiftyEntries() throws Exception {
		this.mvc.perform(get("/api/people")).andExpect(jsonPath("$.length()").value(50));
		this.mvc.perform(get("/api/people").param("size", "5000")).andExpect(status().isBadRequest());
	}

	@Test
	void thePageSaysWhereItIsAndLinksOn() throws Exception {
		this.mvc.perform(get("/people").param("type", "PERSON").param("size", "10").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("11–20 of 28")))
			.andExpect(content().string(containsString("href=\"/people?type=PERSON&amp;page=1&amp;size=10\"")))
			.andExpect(content().string(containsString("href=\"/people?type=PERSON&amp;page=3&amp;size=10\"")));
	}

	@Test
	void aNamePrefixNarrowsThePagedList() throws Exception {
		this.mvc.perform(get("/api/people").param("q", "岸田"))
			.andExpect(header().string("X-Total-Count", "1"))
			.andExpect(jsonPath("$[*].name").value(contains("岸田文雄")));
	}

	@Test
	void aPersonNamedInManyArticlesShowsThemAPageAtATime() throws Exception {
		Integer id = JsonPath.read(this.mvc.perform(get("/api/people").param("q", "Stoltenberg"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].id");
		this.mvc.perform(get("/api/people/{id}", id).param("size", "2"))
			.andExpect(jsonPath("$.articleCount").value(5))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.articles.length()").value(2))
			.andExpect(jsonPath("$.months.length()").value(3))
			.andExpect(jsonPath("$.months['2023-02']").value(1))
			.andExpect(jsonPath("$.months['2023-05']").value(2))
			.andExpect(jsonPath("$.months['2023-06']").value(1));
		this.mvc.perform(get("/api/people/{id}", id).param("size", "2").param("page", "3"))
			.andExpect(jsonPath("$.articles.length()").value(1));
		this.mvc.perform(get("/people/{id}", id).param("size", "2").param("page", "2"))
			.andExpect(content().string(containsString("3–4 of 5")))
			.andExpect(content().string(containsString("href=\"/people/" + id + "?page=3&amp;size=2\"")));
	}

}
