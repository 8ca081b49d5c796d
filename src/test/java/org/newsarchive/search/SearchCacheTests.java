package org.newsarchive.search;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.StatementCounting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A search asked again of the same index is answered from what the first one found, with
 * only the story links read again; any change to the index, such as an import, is seen by
 * the next search.
 */
@ArchiveTest
@DirtiesContext
@Import(StatementCounting.class)
class SearchCacheTests {

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void twoNumbatArticles() throws Exception {
		ArchiveFiles.upload(this.mvc, "numbats.jsonl",
				List.of(new ArchiveFiles.Item("Numbat survey one", "The numbat survey counted termites.", "2024-03-01",
						"https://numbat.example/1", "Numbat Outlet"),
						new ArchiveFiles.Item("Numbat survey two", "The numbat survey counted burrows.", "2024-03-02",
								"https://numbat.example/2", "Numbat Outlet")));
	}

	@Test
	void aRepeatedSearchReadsOnlyTheStoryLinksAgain() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "numbat")).andExpect(status().isOk());
		StatementCounting.clear();
		this.mvc.perform(get("/api/search").param("q", "numbat"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.facets.source[0].label").value("Numbat Outlet"));
		assertThat(StatementCounting.statements()).isEqualTo(1);
	}

	@Test
	void theSamePageAgainReadsOnlyTheStoryLinksAgain() throws Exception {
		this.mvc.perform(get("/search").param("q", "numbat")).andExpect(status().isOk());
		StatementCounting.clear();
		this.mvc.perform(get("/search").param("q", "numbat")).andExpect(status().isOk());
		assertThat(StatementCounting.statements()).isEqualTo(1);
	}

	@Test
	void anotherPageOfTheSameWordsLooksUpNoNameAgain() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "numbat")).andExpect(status().isOk());
		StatementCounting.clear();
		this.mvc.perform(get("/api/search").param("q", "numbat").param("sort", "newest"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].title", contains("Numbat survey two", "Numbat survey one")))
			.andExpect(jsonPath("$.facets.source[0].label").value("Numbat Outlet"));
		// The results' summaries and their story links: the sources are kept, and the
		// person the words might name was looked up by the first search of this index.
		assertThat(StatementCounting.statements()).isEqualTo(2);
	}

	@Test
	void anImportAfterASearchIsFoundByTheSameSearch() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "survey"))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].title", containsInAnyOrder("Numbat survey one", "Numbat survey two")));
		ArchiveFiles.upload(this.mvc, "quolls.jsonl", List.of(new ArchiveFiles.Item("Quoll survey",
				"The quoll survey counted dens.", "2024-03-03", "https://quoll.example/1", "Quoll Outlet")));
		this.mvc.perform(get("/api/search").param("q", "survey"))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items[*].title",
					containsInAnyOrder("Numbat survey one", "Numbat survey two", "Quoll survey")))
			.andExpect(jsonPath("$.facets.source[*].label", contains("Numbat Outlet", "Quoll Outlet")));
	}

}
