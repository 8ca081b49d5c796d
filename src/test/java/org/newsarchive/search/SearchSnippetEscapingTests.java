package org.newsarchive.search;

import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

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

/**
 * Snippets are HTML: the article's text is escaped and only the marks are markup. Runs in
 * a context of its own (the property below) because it adds an article.
 */
@ArchiveTest
@TestPropertySource(properties = "archive.test.context=snippet-escaping")
class SearchSnippetEscapingTests {

	@Autowired
	MockMvc mvc;

	@Test
	void escapesTheTextOfAStoredArticleButNotTheMarks() throws Exception {
		byte[] file;
		try (InputStream in = getClass().getResourceAsStream("/search/script-in-comment.txt")) {
			file = in.readAllBytes();
		}
		this.mvc
			.perform(multipart("/api/imports")
				.file(new MockMultipartFile("file", "script-in-comment.txt", "text/plain", file))
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("CREATED"));
		this.mvc.perform(get("/api/search").param("q", "zebra"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].snippet").value(
					"A reader wrote &lt;script&gt;alert(&#39;<mark>zebra</mark>&#39;)&lt;/script&gt; &amp; more in a comment about the alliance."));
		this.mvc.perform(get("/api/search").param("q", "斑马"))
			.andExpect(jsonPath("$.items[0].snippet")
				.value("有读者在评论里写了&lt;script&gt;alert(&#39;<mark>斑马</mark>&#39;)&lt;/script&gt;和Tom &amp; Jerry。"));
		this.mvc.perform(get("/search").param("q", "斑马"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;<mark>斑马</mark>")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

}
