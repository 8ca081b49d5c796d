package org.newsarchive.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.article.Block;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.source.ObservedSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contract of a file that holds several articles, through {@code POST /api/imports},
 * with a format made up for the test: each line {@code title|url} an article, a line
 * without a bar a broken item.
 */
@ArchiveTest
class ManyArticlesImportTests {

	@Autowired
	MockMvc mvc;

	@Test
	void eachArticleIsStoredOnItsOwnAndABrokenOneIsRejectedAlone() throws Exception {
		byte[] list = "#lines\nFirst|https://lines.example/1\nbroken\nThird|https://lines.example/3\n"
			.getBytes(StandardCharsets.UTF_8);
		String result = this.mvc.perform(multipart("/api/imports").file(file("list.txt", list)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].file").value("list.txt"))
			.andExpect(jsonPath("$[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0].articleId").isEmpty())
			.andExpect(jsonPath("$[0].warnings[0]").value("1 of its 3 articles were rejected"))
			.andExpect(jsonPath("$[0].articles.length()").value(3))
			.andExpect(jsonPath("$[0].articles[0].entry").value("1"))
			.andExpect(jsonPath("$[0].articles[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0].articles[0].title").value("First"))
			.andExpect(jsonPath("$[0].articles[1].entry").value("2"))
			.andExpect(jsonPath("$[0].articles[1].status").value("REJECTED"))
			.andExpect(jsonPath("$[0].articles[1].articleId").isEmpty())
			.andExpect(jsonPath("$[0].articles[1].error").value("item 2 has no address"))
			.andExpect(jsonPath("$[0].articles[2].entry").value("3"))
			.andExpect(jsonPath("$[0].articles[2].status").value("CREATED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Integer third = com.jayway.jsonpath.JsonPath.read(result, "$[0].articles[2].articleId");
		this.mvc.perform(get("/api/articles/{id}", third))
			.andExpect(jsonPath("$.title").value("Third"))
			.andExpect(jsonPath("$.origin.file").value("list.txt"))
			.andExpect(jsonPath("$.origin.entry").value("3"))
			.andExpect(jsonPath("$.origin.parser").value("test-lines"));
		this.mvc.perform(get("/articles/{id}/original", third)).andExpect(status().isOk());

		this.mvc.perform(multipart("/api/imports").file(file("list-again.txt", list)).with(admin()))
			.andExpect(jsonPath("$[0].status").value("UNCHANGED"))
			.andExpect(jsonPath("$[0].articles[0].status").value("UNCHANGED"))
			.andExpect(jsonPath("$[0].articles[1].status").value("REJECTED"))
			.andExpect(jsonPath("$[0].articles[2].status").value("UNCHANGED"))
			.andExpect(jsonPath("$[0].articles[2].articleId").value(third));
	}

	@Test
	void aFileOfOneArticleKeepsTheSingleShapeWithItsEntry() throws Exception {
		String result = this.mvc
			.perform(multipart("/api/imports")
				.file(file("one.txt", "#lines\nAlone|https://lines.example/alone\n".getBytes(StandardCharsets.UTF_8)))
				.with(admin()))
			.andExpect(jsonPath("$[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0]", not(hasKey("articles"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Integer id = com.jayway.jsonpath.JsonPath.read(result, "$[0].articleId");
		this.mvc.perform(get("/api/articles/{id}", id)).andExpect(jsonPath("$.origin.entry").value("1"));
	}

	@Test
	void aFileOfOnlyBrokenItemsIsRejectedWithTheFirstReason() throws Exception {
		this.mvc
			.perform(multipart("/api/imports")
				.file(file("broken.txt", "#lines\nnone\nneither\n".getBytes(StandardCharsets.UTF_8)))
				.with(admin()))
			.andExpect(jsonPath("$[0].status").value("REJECTED"))
			.andExpect(jsonPath("$[0].error")
				.value("none of its 2 articles could be read or stored; the first: item 1 has no address"))
			.andExpect(jsonPath("$[0].articles.length()").value(2));
	}

	@Test
	void anOutletNoOneRegisteredIsMadeASourceOnceForEverySpellingOfItsHost() throws Exception {
		byte[] list = ("#lines\nOne|http://www.outlet.example/1|The Outlet\nTwo|https://m.outlet.example/2|Outlet Mobile\n"
				+ "Three|https://outlet.example/3|Outlet\n")
			.getBytes(StandardCharsets.UTF_8);
		this.mvc.perform(multipart("/api/imports").file(file("outlet.txt", list)).with(admin()))
			.andExpect(jsonPath("$[0].articles[*].status")
				.value(org.hamcrest.Matchers.contains("CREATED", "CREATED", "CREATED")));
		this.mvc.perform(get("/api/sources/outlet-example"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("The Outlet"))
			.andExpect(jsonPath("$.homepage").value("http://www.outlet.example/"))
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.articleCount").value(3));
		this.mvc.perform(get("/api/articles").param("source", "outlet-example"))
			.andExpect(jsonPath("$.total").value(3));
	}

	@Test
	void aRegisteredSourceIsNotRenamedByAFileThatNamesItsSlug() throws Exception {
		this.mvc
			.perform(multipart("/api/imports")
				.file(file("rfi.txt",
						"#lines\nX|https://rfi-chinese/x|Someone Else\n".getBytes(StandardCharsets.UTF_8)))
				.with(admin()))
			.andExpect(jsonPath("$[0].status").value("CREATED"));
		this.mvc.perform(get("/api/sources/rfi-chinese"))
			.andExpect(jsonPath("$.name").value("RFI 法广中文"))
			.andExpect(jsonPath("$.homepage").value("https://www.rfi.fr/cn/"));
	}

	@Test
	void aRealDumpIsImportedWholeOnceAndTheSameBytesAgainChangeNothing() throws Exception {
		byte[] dump = CollectionFiles.bytes("taiwan-ettoday.json");
		String result = this.mvc.perform(multipart("/api/imports").file(file("ettoday.json", dump)).with(admin()))
			.andExpect(jsonPath("$[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0].warnings").value(
					org.hamcrest.Matchers.contains("read from the fields title, content, url, website, date, category",
							"an array or object left open at line 26, where another begins; reading went on there",
							"the file ends before its array is closed; every item in it was whole")))
			.andExpect(jsonPath("$[0].articles.length()").value(39))
			.andExpect(
					jsonPath("$[0].articles[?(@.status == 'CREATED')].entry").value(org.hamcrest.Matchers.hasSize(29)))
			// The same item twice in the dump: stored once, the second copy changes
			// nothing.
			.andExpect(jsonPath("$[0].articles[27].status").value("UNCHANGED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Integer star = com.jayway.jsonpath.JsonPath.read(result, "$[0].articles[13].articleId");
		this.mvc.perform(get("/api/articles/{id}", star))
			.andExpect(jsonPath("$.source.slug").value("ettoday-net"))
			.andExpect(jsonPath("$.source.name").value("東森新聞雲"))
			.andExpect(jsonPath("$.origin.entry").value("13"))
			.andExpect(jsonPath("$.origin.parser").value("json-dump"))
			.andExpect(jsonPath("$.published.value").value("2017-07-04"))
			.andExpect(jsonPath("$.published.precision").value("DAY"));
		this.mvc.perform(get("/api/articles").param("source", "ettoday-net")).andExpect(jsonPath("$.total").value(29));
		this.mvc.perform(multipart("/api/imports").file(file("ettoday-again.json", dump)).with(admin()))
			.andExpect(jsonPath("$[0].status").value("UNCHANGED"))
			.andExpect(jsonPath("$[0].articles[*].status")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("UNCHANGED"))));
		this.mvc.perform(get("/api/articles").param("source", "ettoday-net")).andExpect(jsonPath("$.total").value(29));
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "text/plain", content);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", "test-password");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class LinesFormat {

		@Bean
		@Primary
		Parsers parsersWithLines() {
			List<FormatParser> parsers = new ArrayList<>(Parsers.known());
			parsers.add(new LinesParser());
			return new Parsers(parsers);
		}

	}

	static class LinesParser implements FormatParser {

		@Override
		public String name() {
			return "test-lines";
		}

		@Override
		public boolean recognises(String text) {
			return text.startsWith("#lines\n");
		}

		@Override
		public ReadFile read(String text) {
			List<String> lines = text.lines().skip(1).toList();
			List<ReadEntry> entries = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				String entry = String.valueOf(i + 1);
				String[] parts = lines.get(i).split("\\|");
				entries.add((parts.length >= 2) ? item(entry, parts)
						: ReadEntry.rejected(entry, "item " + entry + " has no address"));
			}
			return new ReadFile(entries, List.of());
		}

		/**
		 * A line {@code title|url} of a known outlet, {@code title|url|site} of the site.
		 */
		private static ReadEntry item(String entry, String[] parts) {
			if (parts.length == 2) {
				return ReadEntry.item(entry, article("guancha", parts[0], parts[1]), null);
			}
			ObservedSource site = ObservedSource.ofUrl(parts[1], parts[2], "en").orElseThrow();
			return ReadEntry.item(entry, article(site.slug(), parts[0], parts[1]), site);
		}

		private static ParsedArticle article(String slug, String title, String url) {
			return new ParsedArticle(slug, title, null, url, null, List.of(), null, null, List.of("en"), null,
					List.of(new Block(Block.Kind.PARAGRAPH, "Text of " + title, "en", null, null)), List.of(), 0,
					List.of(), "test-lines");
		}

	}

}
