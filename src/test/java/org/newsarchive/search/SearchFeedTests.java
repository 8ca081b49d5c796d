package org.newsarchive.search;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Atom feeds of searches and sources, read back with Rome. */
@ArchiveTest
class SearchFeedTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aSearchFeedListsItsArticlesNewestFirstWithAbsoluteLinks() throws Exception {
		SyndFeed feed = feed("/search.atom?q=北约&source=rfi-chinese");
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getTitle()).isEqualTo("News Archive: 北约");
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
			.containsExactly("北约将提升与亚太伙伴四国关系，探索在网络安全等问题合作", "北约秘书长访日：在更危险的世界里，日本可指望北约与你们站在一起");
		SyndEntry newest = feed.getEntries().getFirst();
		assertThat(newest.getLink()).matches("http://localhost/articles/\\d+");
		assertThat(newest.getUri()).isEqualTo(newest.getLink());
		assertThat(newest.getPublishedDate().toInstant()).hasToString("2023-06-13T14:18:00Z");
		assertThat(newest.getUpdatedDate().toInstant()).hasToString("2023-06-13T14:18:00Z");
		assertThat(newest.getAuthors()).extracting("name").containsExactly("RFI 法广中文");
		assertThat(newest.getCategories()).extracting("name").containsExactly("rfi-chinese");
		assertThat(newest.getDescription().getType()).isEqualTo("text");
		assertThat(newest.getDescription().getValue()).contains("北约").doesNotContain("<mark>");
		assertThat(feed.getLinks()).extracting("rel", "href")
			.contains(org.assertj.core.groups.Tuple.tuple("alternate",
					"http://localhost/search?q=%E5%8C%97%E7%BA%A6&source=rfi-chinese"));
	}

	@Test
	void aFeedDoesNotTakeItsAddressFromTheHostHeader() throws Exception {
		String atom = this.mvc.perform(get("/search.atom?q=北约").header("Host", "attacker.example"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
		assertThat(atom).doesNotContain("attacker.example");
		assertThat(feed.getEntries().getFirst().getLink()).matches("http://localhost/articles/\\d+");
		assertThat(feed.getUri()).isEqualTo("http://localhost/search.atom?q=%E5%8C%97%E7%BA%A6");
	}

	@Test
	void anInferredYearIsTheYearsFirstInstantAndTheSummarySaysSo() throws Exception {
		SyndFeed feed = feed("/search.atom?source=bbc-chinese");
		assertThat(feed.getEntries()).hasSize(1);
		SyndEntry bbc = feed.getEntries().getFirst();
		assertThat(bbc.getTitle()).isEqualTo("北约“东进”设立东京联络处 乌克兰战争催生亚洲“小北约”？");
		assertThat(bbc.getPublishedDate().toInstant()).hasToString("2023-01-01T00:00:00Z");
		assertThat(bbc.getDescription().getValue()).endsWith("(dated 2023 (year only), inferred from the text)");
	}

	@Test
	void aSourceFeedHasEveryArticleOfTheSource() throws Exception {
		SyndFeed feed = feed("/sources/rfi-chinese.atom");
		assertThat(feed.getTitle()).isEqualTo("News Archive: RFI 法广中文");
		assertThat(feed.getEntries()).hasSize(2);
		assertThat(feed.getPublishedDate().toInstant()).hasToString("2023-06-13T14:18:00Z");
		this.mvc.perform(get("/sources/nowhere.atom")).andExpect(status().isNotFound());
	}

	@Test
	void aPersonFeedIsASearchForThePerson() throws Exception {
		assertThat(feed("/search.atom?person=999999").getEntries()).isEmpty();
	}

	@Test
	void pagesLinkTheirFeeds() throws Exception {
		this.mvc.perform(get("/search").param("q", "北约"))
			.andExpect(content().string(containsString(
					"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/search.atom?q=%E5%8C%97%E7%BA%A6\"")))
			.andExpect(content().string(containsString("href=\"/search.csv?q=%E5%8C%97%E7%BA%A6\"")));
		this.mvc.perform(get("/sources/rfi-chinese"))
			.andExpect(content().string(containsString(
					"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/sources/rfi-chinese.atom\"")))
			.andExpect(content().string(containsString("class=\"feed\" href=\"/sources/rfi-chinese.atom\"")));
		this.mvc.perform(get("/")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("atom+xml"))));
	}

	@Test
	void aBadQueryIsABadRequest() throws Exception {
		this.mvc.perform(get("/search.atom?sort=sideways")).andExpect(status().isBadRequest());
	}

	private SyndFeed feed(String url) throws Exception {
		String xml = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return new SyndFeedInput().build(new StringReader(xml));
	}

}
