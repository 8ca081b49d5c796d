package org.newsarchive.ingest;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** RSS and Atom files through {@code POST /api/imports}: one article per item. */
@ArchiveTest
class FeedImportTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anRssFileIsOneArticlePerItemOfItsOutletsAndTheSameBytesAgainChangeNothing() throws Exception {
		byte[] feed = feed("news-cn-world.rss");
		String result = this.mvc.perform(multipart("/api/imports").file(file("world.xml", feed)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0].warnings").value(contains(
					"the RSS 2.0 feed \"新华网 国际频道\" of http://www.news.cn/world/", "1 of its 4 articles were rejected")))
			.andExpect(jsonPath("$[0].articles[*].entry").value(contains("0", "1", "2", "3")))
			.andExpect(jsonPath("$[0].articles[*].status").value(contains("CREATED", "CREATED", "REJECTED", "CREATED")))
			.andExpect(jsonPath("$[0].articles[0].title").value("联合国秘书长呼吁加沙立即停火"))
			.andExpect(jsonPath("$[0].articles[0].warnings").isEmpty())
			.andExpect(jsonPath("$[0].articles[1].warnings")
				.value(contains("the feed carries only a summary of this article, not its full text")))
			.andExpect(jsonPath("$[0].articles[2].error").value("item 2 has no link"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Integer first = com.jayway.jsonpath.JsonPath.read(result, "$[0].articles[0].articleId");
		this.mvc.perform(get("/api/articles/{id}", first))
			.andExpect(jsonPath("$.source.slug").value("news-cn"))
			.andExpect(jsonPath("$.url").value("http://www.news.cn/world/20240305/a1b2c3d4e5/c.html"))
			.andExpect(jsonPath("$.section").value("国际"))
			.andExpect(jsonPath("$.authors[*].name").value(contains("王明", "李华")))
			.andExpect(jsonPath("$.published.value").value("2024-03-05T09:30:00+08:00"))
			.andExpect(jsonPath("$.published.precision").value("SECOND"))
			.andExpect(jsonPath("$.languages").value(contains("zh-Hans")))
			.andExpect(jsonPath("$.body.length()").value(5))
			.andExpect(jsonPath("$.body[2].kind").value("HEADING"))
			.andExpect(jsonPath("$.body[2].text").value("人道局势持续恶化"))
			.andExpect(
					jsonPath("$.images[0].src").value("http://www.news.cn/world/20240305/a1b2c3d4e5/images/gaza.jpg"))
			.andExpect(jsonPath("$.origin.entry").value("0"))
			.andExpect(jsonPath("$.origin.parser").value("feed"));
		this.mvc.perform(get("/api/sources/news-cn"))
			.andExpect(jsonPath("$.name").value("新华网 国际频道"))
			.andExpect(jsonPath("$.homepage").value("http://www.news.cn/"))
			.andExpect(jsonPath("$.language").value("zh-Hans"))
			.andExpect(jsonPath("$.articleCount").value(2));
		this.mvc.perform(get("/api/sources/zaobao-com-sg"))
			.andExpect(jsonPath("$.name").value("zaobao.com.sg"))
			.andExpect(jsonPath("$.articleCount").value(1));

		this.mvc.perform(multipart("/api/imports").file(file("world-again.xml", feed)).with(admin()))
			.andExpect(jsonPath("$[0].status").value("UNCHANGED"))
			.andExpect(jsonPath("$[0].articles[*].status")
				.value(contains("UNCHANGED", "UNCHANGED", "REJECTED", "UNCHANGED")))
			.andExpect(jsonPath("$[0].articles[0].articleId").value(first));
		this.mvc.perform(get("/api/articles").param("source", "news-cn")).andExpect(jsonPath("$.total").value(2));
	}

	@Test
	void anAtomFileOfSummariesKeepsWhenEachEntryWasPublishedOrOnlyUpdated() throws Exception {
		String result = this.mvc
			.perform(multipart("/api/imports").file(file("asia.atom", feed("straitstimes-asia.atom"))).with(admin()))
			.andExpect(jsonPath("$[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0].articles[*].status").value(contains("CREATED", "CREATED", "REJECTED")))
			.andExpect(jsonPath("$[0].articles[1].warnings").value(contains(
					"the entry states only when it was last updated (2024-03-04T22:45:10Z), not when it was published",
					"the feed carries only a summary of this article, not its full text")))
			.andExpect(jsonPath("$[0].articles[2].error").value("item 2 has no title"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Integer first = com.jayway.jsonpath.JsonPath.read(result, "$[0].articles[0].articleId");
		Integer second = com.jayway.jsonpath.JsonPath.read(result, "$[0].articles[1].articleId");
		this.mvc.perform(get("/api/articles/{id}", first))
			.andExpect(jsonPath("$.source.slug").value("straitstimes-com"))
			.andExpect(jsonPath("$.source.name").value("The Straits Times – Asia"))
			.andExpect(jsonPath("$.published.value").value("2024-03-05T01:30:00Z"))
			.andExpect(jsonPath("$.origin.capturedAt").value("2024-03-05T02:00:00Z"))
			.andExpect(jsonPath("$.section").value("South-east Asia"))
			.andExpect(jsonPath("$.languages").value(contains("en")))
			.andExpect(jsonPath("$.body[0].text").value(
					"JAKARTA – The official tally puts Mr Prabowo Subianto well ahead with 58 per cent of the votes counted."));
		this.mvc.perform(get("/api/articles/{id}", second))
			.andExpect(jsonPath("$.published").isEmpty())
			.andExpect(jsonPath("$.origin.capturedAt").value("2024-03-04T22:45:10Z"))
			.andExpect(jsonPath("$.authors[*].name").value(contains("Raul Dancel", "Mara Cepeda")));
	}

	static byte[] feed(String name) throws IOException {
		return new ClassPathResource("feeds/" + name).getContentAsByteArray();
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/xml", content);
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", "test-password");
	}

}
