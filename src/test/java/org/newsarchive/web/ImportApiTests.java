package org.newsarchive.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.ingest.SampleFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploads through {@code POST /api/imports}: each file gets its status and reason. */
@ArchiveTest
@TestPropertySource(properties = "archive.ingest.max-file-size=64KB")
class ImportApiTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Test
	void needsAnAdministrator() throws Exception {
		this.mvc.perform(multipart("/api/imports").file(file("a.txt", "text".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(multipart("/api/imports").file(file("a.txt", "text".getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic("admin", "wrong")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void rejectsBadFilesWithTheirReasonsAndGoesOn() throws Exception {
		byte[] rfi = seed("001_bf51fbc3ba7c270a.txt");
		byte[] truncated = Arrays.copyOf(rfi, rfi.length / 2);
		byte[] oversized = new byte[70 * 1024];
		Arrays.fill(oversized, (byte) 'a');
		this.mvc
			.perform(multipart("/api/imports").file(file("empty.txt", new byte[0]))
				.file(file("picture.png", PNG))
				.file(file("truncated-rfi.txt", truncated))
				.file(file("shopping-list.txt", "eggs\nmilk\nbread\n".getBytes(StandardCharsets.UTF_8)))
				.file(file("huge.txt", oversized))
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(5))
			.andExpect(jsonPath("$[*].status")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("REJECTED"))))
			.andExpect(jsonPath("$[0].file").value("empty.txt"))
			.andExpect(jsonPath("$[0].error").value(containsString("empty")))
			.andExpect(jsonPath("$[1].error").value(containsString("PNG")))
			.andExpect(jsonPath("$[2].error").value(containsString("cut off")))
			.andExpect(jsonPath("$[3].error").value(containsString("not in any known format")))
			.andExpect(jsonPath("$[4].error").value("The file is 71680 bytes, over the limit of 65536 bytes."))
			.andExpect(jsonPath("$[*].articleId")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue())));
	}

	@Test
	void theSameBytesAgainAreUnchangedAndAnotherEncodingIsTheSameArticle() throws Exception {
		byte[] utf8 = seed("003_58561484b8c72d53.txt");
		byte[] gb18030 = new String(utf8, StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030"));
		String first = this.mvc
			.perform(multipart("/api/imports").file(file("003.txt", utf8)).with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$[0].status").value("UNCHANGED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Integer id = com.jayway.jsonpath.JsonPath.read(first, "$[0].articleId");
		this.mvc
			.perform(multipart("/api/imports").file(file("003-gb18030.txt", gb18030))
				.with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$[0].status").value("UNCHANGED"))
			.andExpect(jsonPath("$[0].articleId").value(id));
		// The same content in other bytes changes nothing: the article keeps its origin.
		this.mvc.perform(get("/api/articles/{id}", id))
			.andExpect(jsonPath("$.title").value("NATO to open liaison office in Tokyo"))
			.andExpect(jsonPath("$.otherTitle").value("北约将在日本设立联络机构"))
			.andExpect(jsonPath("$.origin.charset").value("UTF-8"))
			.andExpect(jsonPath("$.origin.file").value("003_58561484b8c72d53.txt"));
		this.mvc.perform(get("/api/articles")).andExpect(jsonPath("$.total").value(5));
	}

	@Test
	void aBig5CopyOfTheTraditionalArticleIsThatArticle() throws Exception {
		String guancha = this.mvc.perform(get("/api/search").param("source", "guancha"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Integer id = com.jayway.jsonpath.JsonPath.read(guancha, "$.items[0].id");
		this.mvc
			.perform(multipart("/api/imports").file(file("002-big5.txt", SampleFiles.big5Copy()))
				.with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$[0].status").value("UPDATED"))
			.andExpect(jsonPath("$[0].articleId").value(id));
		this.mvc.perform(get("/api/articles/{id}", id))
			.andExpect(jsonPath("$.title").value("針對中俄?日媒曝北約擬在東京設立亞洲首個聯絡處"))
			.andExpect(jsonPath("$.published.value").value("2023-05-03"))
			.andExpect(jsonPath("$.authors[0].name").value("楊蓉"))
			.andExpect(jsonPath("$.origin.charset").value("Big5"));
	}

	@Test
	void scriptInAnRfiFragmentIsStoredAsInertText() throws Exception {
		String hostile = new String(seed("004_60f1b6b1adb64af0.txt"), StandardCharsets.UTF_8)
			.replace("20230613-", "20230613-hostile-")
			.replace("<p><span><span><span><span>上述四国",
					"<p>注入<script>alert('x')</script><img src=x onerror=\"alert('y')\">"
							+ "<a href=\"javascript:alert('z')\">点我</a></p><p><span><span><span><span>上述四国");
		String result = this.mvc
			.perform(multipart("/api/imports").file(file("hostile.txt", hostile.getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$[0].status").value("CREATED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Integer id = com.jayway.jsonpath.JsonPath.read(result, "$[0].articleId");
		this.mvc.perform(get("/api/articles/{id}", id))
			.andExpect(content().string(not(containsString("<script"))))
			.andExpect(content().string(not(containsString("onerror"))))
			.andExpect(content().string(not(containsString("javascript:"))));
		this.mvc.perform(get("/articles/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("href=\"javascript:"))));
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	static byte[] seed(String name) throws IOException {
		return Files.readAllBytes(Path.of("seeds", name));
	}

}
