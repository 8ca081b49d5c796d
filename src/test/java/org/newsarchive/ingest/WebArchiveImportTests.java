package org.newsarchive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Full web pages and web archives through {@code POST /api/imports}: real pages of the
 * extraction test sets and the WARC files of warcio's tests.
 */
// An archive of its own: the pages it stores would be in every other test's lists.
@ArchiveTest
@TestPropertySource(properties = "spring.application.name=web-archive-import-tests")
@DirtiesContext
class WebArchiveImportTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aSavedPageIsOneArticleOfTheSiteItNamesAndTheSameBytesAgainChangeNothing() throws Exception {
		byte[] page = fixture("html/r4j-zhihu-1/page.html");
		String result = this.mvc.perform(multipart("/api/imports").file(file("zhihu.html", page)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0]", not(hasKey("articles"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Integer id = JsonPath.read(result, "$[0].articleId");
		this.mvc.perform(get("/api/articles/{id}", id))
			.andExpect(jsonPath("$.title").value("教程01—普通人如何打造一场发布会级的演讲"))
			.andExpect(jsonPath("$.url").value("http://zhuanlan.zhihu.com/p/22049205"))
			.andExpect(jsonPath("$.source.slug").value("zhihu-com"))
			.andExpect(jsonPath("$.published.value").value("2016-08-17T11:40"))
			.andExpect(jsonPath("$.published.precision").value("MINUTE"))
			.andExpect(jsonPath("$.origin.parser").value("web-page"))
			.andExpect(jsonPath("$.origin.capturedAt").isEmpty());
		this.mvc.perform(get("/api/sources/zhihu-com")).andExpect(jsonPath("$.name").value("知乎专栏"));
		this.mvc.perform(multipart("/api/imports").file(file("zhihu-again.html", page)).with(admin()))
			.andExpect(jsonPath("$[0].status").value("UNCHANGED"))
			.andExpect(jsonPath("$[0].articleId").value(id));
	}

	@Test
	void aWarcGivesOneArticlePerCaptureAndSaysWhatItSkipped() throws Exception {
		String result = this.mvc
			.perform(multipart("/api/imports").file(file("example.warc", fixture("warc/example.warc"))).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0].warnings")
				.value(contains("skipped 2 warcinfo, 2 request records; 1 revisit of a capture already read")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Integer id = JsonPath.read(result, "$[0].articleId");
		this.mvc.perform(get("/api/articles/{id}", id))
			.andExpect(jsonPath("$.title").value("Example Domain"))
			.andExpect(jsonPath("$.url").value("http://example.com/"))
			.andExpect(jsonPath("$.source.slug").value("example-com"))
			.andExpect(jsonPath("$.published").isEmpty())
			.andExpect(jsonPath("$.origin.file").value("example.warc"))
			.andExpect(jsonPath("$.origin.entry").value("urn:uuid:a9c51e3e-0221-11e7-bf66-0242ac120005"))
			.andExpect(jsonPath("$.origin.parser").value("web-page"))
			.andExpect(jsonPath("$.origin.capturedAt").value("2017-03-06T04:02:06Z"));
		this.mvc
			.perform(multipart("/api/imports").file(file("example-again.warc", fixture("warc/example.warc")))
				.with(admin()))
			.andExpect(jsonPath("$[0].status").value("UNCHANGED"))
			.andExpect(jsonPath("$[0].articleId").value(id));
		// The gzipped copy is other bytes holding the same capture: the same article.
		this.mvc
			.perform(multipart("/api/imports").file(file("example.warc.gz", fixture("warc/example.warc.gz")))
				.with(admin()))
			.andExpect(jsonPath("$[0].warnings")
				.value(contains("skipped 2 warcinfo, 2 request records; 1 revisit of a capture already read")))
			.andExpect(jsonPath("$[0].articleId").value(id));
		this.mvc.perform(get("/api/articles").param("source", "example-com")).andExpect(jsonPath("$.total").value(1));
	}

	static byte[] fixture(String path) {
		try (InputStream in = WebArchiveImportTests.class.getResourceAsStream("/fixtures/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", "test-password");
	}

}
