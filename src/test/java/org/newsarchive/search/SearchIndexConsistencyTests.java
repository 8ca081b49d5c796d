package org.newsarchive.search;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The index is derived from the database and heals: what start-up's reconciliation does
 * when an index update was lost, is stale, or outlived its article. Each test leaves the
 * index reconciled, so the shared context stays as the seeds made it.
 */
@ArchiveTest
class SearchIndexConsistencyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchIndexer indexer;

	@AfterEach
	void heal() {
		this.indexer.reconcile();
	}

	@Test
	void reindexesAnArticleWhoseIndexUpdateWasLost() throws Exception {
		long id = idOf("\"liaison office\"");
		// A crash between the database commit and the index update.
		this.index.deleteAll(List.of(id));
		assertThat(ids("\"liaison office\"")).isEmpty();
		assertThat(total("北约")).isEqualTo(4);

		SearchIndexer.Report report = this.indexer.reconcile();

		assertThat(report).isEqualTo(new SearchIndexer.Report(1, 0));
		assertThat(ids("\"liaison office\"")).containsExactly(id);
		assertThat(total("北约")).isEqualTo(5);
		assertThat(this.indexer.reconcile()).isEqualTo(new SearchIndexer.Report(0, 0));
	}

	@Test
	void replacesAStaleEntry() throws Exception {
		long id = idOf("\"liaison office\"");
		long version = this.index.indexedVersions().get(id);
		this.index.indexAll(List.of(new IndexedArticle(id, "Stale zebra headline", null, null,
				List.of(new IndexedArticle.Text("An older text about zebras.", "en")), List.of(), List.of(),
				"china-military-online", "China Military Online 中国军网", null, null, null, List.of("en"), List.of(),
				List.of(), version - 1)));
		assertThat(ids("zebra")).containsExactly(id);
		assertThat(ids("\"liaison office\"")).isEmpty();

		assertThat(this.indexer.reconcile()).isEqualTo(new SearchIndexer.Report(1, 0));

		assertThat(ids("zebra")).isEmpty();
		assertThat(ids("\"liaison office\"")).containsExactly(id);
		assertThat(this.index.indexedVersions()).containsEntry(id, version);
	}

	@Test
	void removesAnEntryWhoseArticleIsNotInTheDatabase() throws Exception {
		long orphan = 987_654_321L;
		this.index.indexAll(List.of(new IndexedArticle(orphan, "Orphaned okapi story", null, null,
				List.of(new IndexedArticle.Text("No database row stands behind this okapi.", "en")), List.of(),
				List.of(), "nowhere", "Nowhere", null, null, null, List.of("en"), List.of(), List.of(), 1)));
		assertThat(this.index.indexedVersions()).containsKey(orphan);
		// The hit is counted, but it cannot be listed: the database has no such article.
		assertThat(total("okapi")).isEqualTo(1);
		assertThat(ids("okapi")).isEmpty();

		assertThat(this.indexer.reconcile()).isEqualTo(new SearchIndexer.Report(0, 1));

		assertThat(this.index.indexedVersions()).doesNotContainKey(orphan);
		assertThat(total("okapi")).isZero();
		assertThat(this.index.count()).isEqualTo(5);
	}

	@Test
	void writesWhileTheIndexIsRebuiltReachTheRebuiltIndex() throws Exception {
		IndexedArticle okapi = orphan(987_654_322L, "Okapi");
		IndexedArticle zebu = orphan(987_654_323L, "Zebu");
		this.index.rebuild((fresh) -> {
			// What the rebuild copied, and what was stored and deleted while it copied.
			fresh.indexAll(List.of(okapi));
			this.index.indexAll(List.of(zebu));
			this.index.deleteAll(List.of(okapi.id()));
		});
		assertThat(this.index.indexedVersions()).containsKey(zebu.id()).doesNotContainKey(okapi.id());
		assertThat(total("zebu")).isEqualTo(1);
		assertThat(total("okapi")).isZero();
	}

	@Test
	void reindexNeedsAnAdministratorAndReportsWhatItDid() throws Exception {
		this.mvc.perform(post("/api/admin/reindex")).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/admin/reindex").with(httpBasic("admin", "wrong")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/admin/reindex").with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reindexed").value(5))
			.andExpect(jsonPath("$.removed").value(0));
		assertThat(total("北约")).isEqualTo(5);
	}

	@Test
	void searchesKeepAnsweringWhileTheIndexIsRebuilt() throws Exception {
		CompletableFuture<Void> rebuilds = CompletableFuture.runAsync(() -> {
			for (int i = 0; i < 5; i++) {
				this.indexer.rebuild();
			}
		});
		try {
			int searches = 0;
			while (!rebuilds.isDone() || searches < 20) {
				assertThat(total("北约")).isEqualTo(5);
				searches++;
			}
		}
		finally {
			// A failed search must not leave rebuilds running under the next test.
			rebuilds.handle((done, failure) -> null).join();
		}
		rebuilds.join();
		assertThat(total("北约")).isEqualTo(5);
		assertThat(this.indexer.reconcile()).isEqualTo(new SearchIndexer.Report(0, 0));
	}

	private static IndexedArticle orphan(long id, String animal) {
		return new IndexedArticle(id, animal + " story", null, null,
				List.of(new IndexedArticle.Text("No database row stands behind this " + animal + ".", "en")), List.of(),
				List.of(), "nowhere", "Nowhere", null, null, null, List.of("en"), List.of(), List.of(), 1);
	}

	private long idOf(String q) throws Exception {
		List<Long> ids = ids(q);
		assertThat(ids).hasSize(1);
		return ids.getFirst();
	}

	private List<Long> ids(String q) throws Exception {
		String json = this.mvc.perform(get("/api/search").param("q", q))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<List<Number>>read(json, "$.items[*].id").stream().map(Number::longValue).toList();
	}

	private int total(String q) throws Exception {
		String json = this.mvc.perform(get("/api/search").param("q", q))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.total");
	}

}
