package org.newsarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.StatementCounting;
import org.newsarchive.ingest.ImportService;
import org.newsarchive.ingest.IncomingFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With the portal's bound on how late readers see what an import writes (here an hour, so
 * that no second passes within a test): the batches an import job writes meanwhile do not
 * make a kept answer be computed again, while an administrator's change through the web
 * is seen by the next search, with whatever was written before it.
 */
@ArchiveTest
@DirtiesContext
@Import(StatementCounting.class)
@TestPropertySource(properties = "archive.index.refresh-interval=1h")
class SearchDuringImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleIndex index;

	@Autowired
	ImportService imports;

	@BeforeEach
	void twoNumbatArticles() throws Exception {
		ArchiveFiles.upload(this.mvc, "numbats.jsonl",
				List.of(new ArchiveFiles.Item("Numbat survey one", "The numbat survey counted termites.", "2024-03-01",
						"https://numbat.example/1", "Numbat Outlet"),
						new ArchiveFiles.Item("Numbat survey two", "The numbat survey counted burrows.", "2024-03-02",
								"https://numbat.example/2", "Numbat Outlet")));
	}

	@Test
	void anImportsBatchesWithinTheIntervalLeaveTheKeptAnswerAndAnAdministratorsChangeShowsThemAll() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "numbat")).andExpect(jsonPath("$.total").value(2));
		// Two batches as an import job's storing thread writes them.
		this.index.indexAll(List.of(batchArticle(900_001)));
		this.index.indexAll(List.of(batchArticle(900_002), batchArticle(900_003)));
		StatementCounting.clear();
		this.mvc.perform(get("/api/search").param("q", "numbat"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2));
		assertThat(StatementCounting.statements()).as("the kept answer, with the story links read for it").isZero();

		ArchiveFiles.upload(this.mvc, "quolls.jsonl", List.of(new ArchiveFiles.Item("Quoll and numbat survey",
				"The quoll survey counted dens.", "2024-03-03", "https://quoll.example/1", "Quoll Outlet")));
		this.mvc.perform(get("/api/search").param("q", "numbat")).andExpect(jsonPath("$.total").value(6));
	}

	@Test
	void afterARefreshReadersGetTheKeptAnswerWhileItsSuccessorIsComputedBesideThem() throws Exception {
		int before = total("numbat");
		this.index.indexAll(List.of(batchArticle(900_004)));
		this.index.refreshForReaders();
		assertThat(total("numbat")).as("the kept answer, its successor being computed").isEqualTo(before);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		int after = before;
		while (after == before && System.nanoTime() < deadline) {
			Thread.sleep(10);
			after = total("numbat");
		}
		assertThat(after).isEqualTo(before + 1);
	}

	@Test
	void theEndOfAnImportRunShowsEverythingItStoredToTheNextSearch() throws Exception {
		int before = total("numbat");
		this.imports.importFiles("test",
				List.of(new IncomingFile("numbat-run.jsonl",
						"""
								{"title":"Numbat survey run","content":"The numbat survey counted nests.","date":"2024-03-04","website":"Numbat Outlet"}
								"""
							.getBytes(StandardCharsets.UTF_8))));
		assertThat(total("numbat")).isEqualTo(before + 1);
	}

	private int total(String query) throws Exception {
		return JsonPath.read(this.mvc.perform(get("/api/search").param("q", query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.total");
	}

	private static IndexedArticle batchArticle(long id) {
		return ArticleSearchTests.article(id)
			.source("numbat-outlet", "Numbat Outlet")
			.title("Numbat survey batch " + id)
			.version(1)
			.build();
	}

}
