package org.newsarchive.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.source.ObservedSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sources made from what files say: one article however many files carry it, ASCII slugs,
 * where a source's articles came from, and an administrator's renames and merges. Each
 * test uses outlets of its own, so their order does not matter; the imports add articles,
 * so the context is not handed on.
 */
@ArchiveTest
@DirtiesContext
class SourcesFromContentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSameArticleFromAnotherFileIsUnchangedAndAnEditedCopyUpdatesIt() throws Exception {
		String kept = item("https://www.same-daily.com.tw/news/1", "同一篇報導", "第一段。", "2024-03-01 10:00");
		String first = importFile("first-dump.json", "[" + kept + ","
				+ item("https://www.same-daily.com.tw/news/2", "另一篇", "其他內容。", "2024-03-01 11:00") + "]");
		assertThat(JsonPath.<List<String>>read(first, "$[0].articles[*].status")).containsExactly("CREATED", "CREATED");
		Integer id = JsonPath.read(first, "$[0].articles[0].articleId");

		// Other neighbours, other bytes: the same article with the same content.
		String second = importFile("second-dump.json", "["
				+ item("https://www.same-daily.com.tw/news/3", "第三篇", "更多內容。", "2024-03-02 09:00") + "," + kept + "]");
		assertThat(JsonPath.<List<String>>read(second, "$[0].articles[*].status")).containsExactly("CREATED",
				"UNCHANGED");
		assertThat(JsonPath.<Integer>read(second, "$[0].articles[1].articleId")).isEqualTo(id);
		assertThat(revisionAndFile(id)).containsExactly(1L, "first-dump.json");

		String edited = importFile("third-dump.json",
				"[" + item("https://www.same-daily.com.tw/news/1", "同一篇報導", "第一段，已更正。", "2024-03-01 10:00") + "]");
		assertThat(JsonPath.<String>read(edited, "$[0].status")).isEqualTo("UPDATED");
		assertThat(JsonPath.<Integer>read(edited, "$[0].articleId")).isEqualTo(id);
		assertThat(revisionAndFile(id)).containsExactly(2L, "third-dump.json");
		this.mvc.perform(get("/api/articles/{id}", id)).andExpect(jsonPath("$.body[0].text").value("第一段，已更正。"));
		this.mvc.perform(get("/api/sources/same-daily-com-tw")).andExpect(jsonPath("$.articleCount").value(3));
	}

	@Test
	void aDigestsProgrammeHasAnAsciiSlug() throws Exception {
		String result = importFile("xinwenlianbo-20221121.md", collectionFile("xinwenlianbo-20221121.md"));
		assertThat(JsonPath.<String>read(result, "$[0].status")).isEqualTo("CREATED");
		this.mvc.perform(get("/api/sources/xinwenlianbo"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value("xinwenlianbo"))
			.andExpect(jsonPath("$.name").value("新闻联播"))
			.andExpect(jsonPath("$.homepage").value("https://tv.cctv.com/"));
		this.mvc.perform(get("/sources/xinwenlianbo")).andExpect(status().isOk());
	}

	@Test
	void aSourceRegisteredUnderAFormerNonAsciiSlugKeepsItAndItsNewArticles() throws Exception {
		this.jdbc.update("insert into sources (slug, name, homepage, language) "
				+ "values ('朝闻天下', '朝闻天下', 'https://tv.cctv.com/', 'zh-Hans')");
		String digest = """
				# 《朝闻天下》 (20240105)

				## 新闻摘要

				摘要。

				## 详细新闻

				### 早间新闻一则

				<p>正文一段。</p>

				[查看原文](https://tv.cctv.com/2024/01/05/VIDE0001.shtml)

				### 早间新闻两则

				<p>正文两段。</p>

				[查看原文](https://tv.cctv.com/2024/01/05/VIDE0002.shtml)
				""";
		String result = importFile("zhaowentianxia-20240105.md", digest);
		assertThat(JsonPath.<List<String>>read(result, "$[0].articles[*].status")).containsExactly("CREATED",
				"CREATED");
		this.mvc.perform(get("/api/sources/{slug}", "朝闻天下"))
			.andExpect(jsonPath("$.slug").value("朝闻天下"))
			.andExpect(jsonPath("$.articleCount").value(2));
		// ICU reads 朝 as cháo, as in 朝代, not zhāo as here: stable, if not what a reader
		// would say.
		assertThat(ObservedSource.ofName("朝闻天下", null, null).slug()).isEqualTo("chaowentianxia");
		this.mvc.perform(get("/sources/chaowentianxia"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/sources/%E6%9C%9D%E9%97%BB%E5%A4%A9%E4%B8%8B"));
	}

	@Test
	void theSourcePageShowsTheFormatsAndFilesItsArticlesCameFrom() throws Exception {
		importFile("origin-one.json", "[" + item("https://www.origin-news.org/1", "一", "甲。", "2024-04-01 08:00") + ","
				+ item("https://www.origin-news.org/2", "二", "乙。", "2024-04-01 09:00") + "]");
		importFile("origin-two.json", "[" + item("https://www.origin-news.org/2", "二", "乙。", "2024-04-01 09:00") + ","
				+ item("https://www.origin-news.org/3", "三", "丙。", "2024-04-02 09:00") + "]");
		String page = this.mvc.perform(get("/sources/origin-news-org"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String provenance = page.substring(page.indexOf("id=\"source-provenance\""));
		assertThat(provenance).contains("<dd class=\"file-count\">2</dd>")
			.contains("<code>json-dump</code>\n\t\t\t\t\t\t<span class=\"count\">3 articles</span>")
			.containsSubsequence("origin-two.json</a>", "2 articles", "origin-one.json</a>", "2 articles")
			.contains("class=\"first-import\"", "class=\"last-import\"")
			.contains("href=\"/admin/sources/origin-news-org\"");
		String rawLink = provenance.substring(provenance.indexOf("href=\"/raw/") + "href=\"".length());
		this.mvc.perform(get(rawLink.substring(0, rawLink.indexOf('"')).replace("&amp;", "&")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("https://www.origin-news.org/3")));
	}

	@Test
	void aRenameChangesTheNameNotTheSlugAndSurvivesAnotherImport() throws Exception {
		importFile("renamed.json", "[" + item("https://www.renamed-times.net/1", "舊名", "文。", "2024-05-01 08:00") + ","
				+ item("https://www.renamed-times.net/2", "舊名二", "文二。", "2024-05-01 09:00") + "]");
		this.mvc
			.perform(post("/admin/sources/renamed-times-net/rename").param("name", "Renamed Times 改名時報").with(admin()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/sources/renamed-times-net/rename").param("name", "Renamed Times 改名時報")
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/sources/renamed-times-net"));
		importFile("renamed-again.json",
				"[" + item("https://www.renamed-times.net/3", "又一篇", "文三。", "2024-05-02 08:00") + "]");
		this.mvc.perform(get("/api/sources/renamed-times-net"))
			.andExpect(jsonPath("$.name").value("Renamed Times 改名時報"))
			.andExpect(jsonPath("$.articleCount").value(3));
		this.mvc
			.perform(post("/api/admin/sources/renamed-times-net/rename").param("name", " ")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("A source needs a name."));
		this.mvc
			.perform(post("/api/admin/sources/renamed-times-net/rename").param("name", "Renamed Times")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value("renamed-times-net"))
			.andExpect(jsonPath("$.name").value("Renamed Times"));
	}

	@Test
	void aMergeMovesTheArticlesRedirectsTheSlugAndSurvivesReimport() throws Exception {
		String kept = item("https://m.merged-post.com/a/1", "被併入的報導", "併入前。", "2024-06-01 08:00");
		String mergedFile = "[" + kept + ","
				+ item("https://m.merged-post.com/a/2", "被併入的第二篇", "也併入。", "2024-06-01 09:00") + "]";
		String merged = importFile("merged.json", mergedFile);
		Integer movedId = JsonPath.read(merged, "$[0].articles[0].articleId");
		importFile("keeper.json",
				"[" + item("https://www.keeper-post.com/1", "留下的報導", "留下。", "2024-06-02 08:00") + "]");

		this.mvc
			.perform(post("/api/admin/sources/merged-post-com/merge").param("into", "merged-post-com")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("A source cannot be merged into itself."));
		this.mvc
			.perform(post("/admin/sources/merged-post-com/merge").param("into", "keeper-post-com")
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/sources/keeper-post-com"));

		this.mvc.perform(get("/api/sources/keeper-post-com")).andExpect(jsonPath("$.articleCount").value(3));
		this.mvc.perform(get("/api/sources"))
			.andExpect(jsonPath("$[*].slug").value(not(org.hamcrest.Matchers.hasItem("merged-post-com"))));
		this.mvc.perform(get("/sources/merged-post-com"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/sources/keeper-post-com"));
		this.mvc.perform(get("/api/articles/{id}", movedId))
			.andExpect(jsonPath("$.source.slug").value("keeper-post-com"));
		this.mvc.perform(get("/api/search").param("source", "keeper-post-com")).andExpect(jsonPath("$.total").value(3));
		this.mvc.perform(get("/admin/sources/keeper-post-com").with(admin()))
			.andExpect(content().string(containsString("<code>merged-post-com</code>")));

		// The merged source's files again, and a new file naming it: all in the keeper.
		String again = importFile("merged-again.json", mergedFile + "\n");
		assertThat(JsonPath.<List<String>>read(again, "$[0].articles[*].status")).containsExactly("UNCHANGED",
				"UNCHANGED");
		assertThat(JsonPath.<Integer>read(again, "$[0].articles[0].articleId")).isEqualTo(movedId);
		importFile("merged-new.json",
				"[" + item("https://merged-post.com/a/3", "併入後的新報導", "新。", "2024-06-03 08:00") + "]");
		this.mvc.perform(get("/api/sources/keeper-post-com")).andExpect(jsonPath("$.articleCount").value(4));
		this.mvc.perform(get("/api/sources"))
			.andExpect(jsonPath("$[*].slug").value(not(org.hamcrest.Matchers.hasItem("merged-post-com"))));
	}

	@Test
	void twoSourcesHoldingTheSameArticleAreNotMerged() throws Exception {
		String both = item("https://www.clash-one.com/same", "兩邊都有", "同文。", "2024-07-01 08:00");
		importFile("clash-one.json", "[" + both + "]");
		this.jdbc
			.update("""
					insert into sources (slug, name, homepage, language) values ('clash-two', 'Clash Two', null, 'zh-Hant')""");
		this.jdbc
			.update("""
					insert into articles (source_id, title, url, languages, parser, raw_document_id, created_at, updated_at)
					select (select id from sources where slug = 'clash-two'), title, url, languages, parser, raw_document_id,
					       created_at, updated_at
					from articles where url = 'https://www.clash-one.com/same'""");
		this.mvc
			.perform(post("/api/admin/sources/clash-two/merge").param("into", "clash-one-com")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(
					"1 articles of 'clash-two' are also stored in 'clash-one-com' (same address, or same title and date without one), so the two cannot be merged."));
		this.mvc.perform(get("/api/sources/clash-two")).andExpect(jsonPath("$.slug").value("clash-two"));
	}

	private List<Object> revisionAndFile(int articleId) {
		return this.jdbc.queryForObject("""
				select a.revision, r.file_name from articles a join raw_documents r on r.id = a.raw_document_id
				where a.id = ?""", (row, i) -> List.of(row.getLong(1), row.getString(2)), articleId);
	}

	private String importFile(String name, String content) throws Exception {
		return importFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

	private String importFile(String name, byte[] content) throws Exception {
		return this.mvc
			.perform(multipart("/api/imports").file(ImportApiTests.file(name, content))
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String item(String url, String title, String content, String date) {
		return """
				{"title": "%s", "content": "%s", "url": "%s", "website": "%s", "date": "%s"}""".formatted(title,
				content, url, url.replaceAll("https://(www\\.|m\\.)?([^/]+)/.*", "$2"), date);
	}

	private static byte[] collectionFile(String name) throws IOException {
		try (InputStream in = SourcesFromContentTests.class.getResourceAsStream("/collections/" + name)) {
			return in.readAllBytes();
		}
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
