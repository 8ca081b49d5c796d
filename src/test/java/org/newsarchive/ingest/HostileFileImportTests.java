package org.newsarchive.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.article.ArticleStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hostile files through {@code POST /api/imports}: each gets its own answer in bounded
 * time, the run finishes, and what people are told is about the file, never the database.
 */
@ArchiveTest
class HostileFileImportTests {

	/** Words of a database message that must never reach a reply. */
	private static final List<String> DATABASE_WORDS = List.of("insert", "select", "update ", "sql", "jdbc",
			"import_results", "raw_documents", "articles", "constraint", "hibernate");

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	Parsers parsers;

	@MockitoSpyBean
	ArticleStore store;

	@Test
	void aRunOfQuestionMarksIsReadAndTheFilesAfterItToo() throws Exception {
		String reply = upload(Map.of("a-question-marks.txt", HostileFiles.runOfQuestionMarks(), "b-003.txt",
				SampleFiles.gb18030Copy()));
		assertThat(JsonPath.<List<String>>read(reply, "$[*].status")).containsExactly("CREATED", "UNCHANGED");
		assertThat(JsonPath.<List<String>>read(reply, "$[0].warnings"))
			.containsExactly("1 places in the text are damaged (lost bytes shown as ?) and cannot be restored");
		assertThat(JsonPath.<String>read(latestRun(), "$.finishedAt")).isNotNull();
		assertNoDatabaseWords(reply);
	}

	@Test
	void filesMadeToSlowTheParsersDownAreReadInTime() throws Exception {
		String reply = assertTimeoutPreemptively(Duration.ofSeconds(120),
				() -> upload(Map.of("b-padded-editor.txt", HostileFiles.paddedEditorLine(), "c-spaced-caption.txt",
						HostileFiles.spacedCaption(), "d-link-fragments.txt", HostileFiles.linkFragments(),
						"e-nested-divs.txt", HostileFiles.nestedDivs())));
		assertThat(JsonPath.<List<String>>read(reply, "$[*].status")).containsExactly("CREATED", "CREATED", "REJECTED",
				"CREATED");
		assertThat(JsonPath.<String>read(reply, "$[2].error"))
			.isEqualTo("the RFI file has no [title](url) line followed by a ------ rule");
		assertThat(JsonPath.<Integer>read(reply, "$.length()")).isEqualTo(4);
	}

	@Test
	void aFileOfFiftyThousandLinesGivesBoundedRepliesAndPages() throws Exception {
		MvcResult upload = this.mvc
			.perform(multipart("/api/imports").file(file("f-short-lines.txt", HostileFiles.manyShortLines()))
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andReturn();
		String reply = upload.getResponse().getContentAsString();
		assertThat(reply.getBytes(StandardCharsets.UTF_8).length).isLessThan(4_000);
		List<String> warnings = JsonPath.read(reply, "$[0].warnings");
		assertThat(warnings).hasSize(21)
			.startsWith("the article is cut after 1,000 blocks of its 50,000; the original file is kept whole",
					"paragraph without a translation: L0")
			.endsWith("… and 49,981 more warnings");
		int id = JsonPath.read(reply, "$[0].articleId");
		assertThat(bytes(get("/articles/{id}", id))).isLessThan(200_000);
		assertThat(bytes(get("/api/articles/{id}", id))).isLessThan(200_000);
		assertThat(bytes(get("/admin").with(httpBasic("admin", "test-password")))).isLessThan(200_000);
		assertThat(bytes(get("/api/admin/imports").with(httpBasic("admin", "test-password")))).isLessThan(200_000);
	}

	@Test
	void aNulInAUtf16FileIsDroppedWithAWarning() throws Exception {
		String reply = upload(Map.of("g-utf16-nul.txt", HostileFiles.utf16WithNul()));
		assertThat(JsonPath.<String>read(reply, "$[0].status")).isEqualTo("CREATED");
		assertThat(JsonPath.<List<String>>read(reply, "$[0].warnings"))
			.containsExactly("2 NUL characters (U+0000), which are not text, were dropped");
		String article = this.mvc.perform(get("/api/articles/{id}", JsonPath.<Integer>read(reply, "$[0].articleId")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(article, "$.title")).isEqualTo("NATO test");
		assertThat(JsonPath.<String>read(article, "$.otherTitle")).isEqualTo("北约测试");
		assertNoDatabaseWords(reply);
		assertNoDatabaseWords(latestRun());
	}

	@Test
	void aParserThatFailsRejectsOnlyItsFileAndTheRunFinishes() throws Exception {
		doThrow(new StackOverflowError()).when(this.parsers)
			.parse(argThat((text) -> text != null && text.contains("Overflow test")));
		doThrow(new IllegalStateException("the parser's own words")).when(this.parsers)
			.parse(argThat((text) -> text != null && text.contains("Failure test")));
		String reply = upload(Map.of("a-overflow.txt", chinamil("Overflow test"), "b-failure.txt",
				chinamil("Failure test"), "c-fine.txt", chinamil("Fine test")));
		assertThat(JsonPath.<List<String>>read(reply, "$[*].status")).containsExactly("REJECTED", "REJECTED",
				"CREATED");
		assertThat(JsonPath.<List<String>>read(reply, "$[*].error")).containsExactly(
				"the file's text nests or repeats something too deeply to be read",
				"the file could not be read: the archive's reader failed on it (the details are in the server log)",
				null);
		String run = latestRun();
		assertThat(JsonPath.<String>read(run, "$.finishedAt")).isNotNull();
		assertThat(JsonPath.<List<Integer>>read(run, "$.files[*].rawDocumentId")).doesNotContainNull().hasSize(3);
	}

	@Test
	void aDatabaseErrorIsReportedWithoutTheDatabasesWords() throws Exception {
		DataIntegrityViolationException refused = new DataIntegrityViolationException(
				"could not execute statement [ERROR: invalid byte sequence] [insert into articles (title) values (?)]; "
						+ "SQL [insert into articles]");
		doThrow(refused).when(this.store)
			.storeInBatch(argThat((article) -> article != null && "Store failure test".equals(article.title())),
					anyLong(), isNull());
		doThrow(refused).when(this.store)
			.store(argThat((article) -> article != null && "Store failure test".equals(article.title())), anyLong(),
					isNull(), any());
		String reply = upload(Map.of("store-failure.txt", chinamil("Store failure test")));
		assertThat(JsonPath.<String>read(reply, "$[0].status")).isEqualTo("REJECTED");
		assertThat(JsonPath.<String>read(reply, "$[0].error"))
			.isEqualTo("the article could not be stored (the details are in the server log)");
		String history = this.mvc.perform(get("/admin").with(httpBasic("admin", "test-password")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(history).contains("the article could not be stored").doesNotContain("insert into");
		assertNoDatabaseWords(reply);
	}

	private static void assertNoDatabaseWords(String json) {
		String told = (String.valueOf(JsonPath.<Object>read(json, "$..error"))
				+ JsonPath.<Object>read(json, "$..warnings"))
			.toLowerCase(Locale.ROOT);
		assertThat(DATABASE_WORDS).noneMatch(told::contains);
	}

	private static byte[] chinamil(String title) {
		return ("%s\n\n标题\n\nSource\nChina Military Online\nEditor\nLi Jiayao\nTime\n2023-05-12 18:07:23\n\n"
				+ "NATO plans an office.\n\n北约计划设立办事处。\n")
			.formatted(title)
			.getBytes(StandardCharsets.UTF_8);
	}

	private String upload(Map<String, byte[]> files) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/imports");
		files.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((file) -> request.file(file(file.getKey(), file.getValue())));
		return this.mvc.perform(request.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String latestRun() throws Exception {
		String history = this.mvc.perform(get("/api/admin/imports").with(httpBasic("admin", "test-password")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.parse(JsonPath.<Object>read(history, "$[0]")).jsonString();
	}

	private int bytes(RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray().length;
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

}
