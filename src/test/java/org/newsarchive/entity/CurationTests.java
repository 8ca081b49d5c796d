package org.newsarchive.entity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An administrator's corrections hold through re-ingestion and reach the search. */
@ArchiveTest
@DirtiesContext
class CurationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aMergeHoldsWhenTheArticleIsIngestedAgain() throws Exception {
		long ambassador = id("彼得·塔克索-延森");
		long stoltenberg = id("Stoltenberg");
		this.mvc.perform(post("/api/admin/people/{id}/merge", ambassador).param("into", "" + stoltenberg))
			.andExpect(status().isUnauthorized());
		// Wrong on purpose: the point is that the archive keeps what the administrator
		// said.
		this.mvc
			.perform(post("/api/admin/people/{id}/merge", ambassador).param("into", "" + stoltenberg)
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.names.*[*]").value(org.hamcrest.Matchers.hasItem("彼得·塔克索-延森")));

		byte[] guancha = Files.readAllBytes(Path.of("seeds", "002_164af92ece23cc05.txt"));
		// A copy with one more line break at the end: other bytes, the same article.
		byte[] changed = Arrays.copyOf(guancha, guancha.length + 1);
		changed[guancha.length] = '\n';
		this.mvc
			.perform(multipart("/api/imports")
				.file(new MockMultipartFile("file", "002-again.txt", "text/plain", changed))
				.with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$[0].status").value("UPDATED"));

		String guanchaArticle = this.mvc.perform(get("/api/search").param("q", "塔克索-延森"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Integer articleId = JsonPath.read(guanchaArticle, "$.items[0].id");
		List<Integer> peopleIds = JsonPath.read(
				this.mvc.perform(get("/api/articles/{id}", articleId)).andReturn().getResponse().getContentAsString(),
				"$.people[*].id");
		assertThat(peopleIds).contains((int) stoltenberg).doesNotContain((int) ambassador);
		this.mvc.perform(get("/api/people/{id}", ambassador)).andExpect(jsonPath("$.id").value(stoltenberg));
		this.mvc.perform(get("/api/search").param("q", "Stoltenberg"))
			.andExpect(jsonPath("$.alsoSearched").value(org.hamcrest.Matchers.hasItem("彼得·塔克索-延森")));
	}

	@Test
	void anAddedNameIsSearchedAndARemovedOneIsNotLearnedAgain() throws Exception {
		long maoNing = id("毛宁");
		this.mvc
			.perform(post("/api/admin/people/{id}/names", maoNing).param("name", "Mao Ning (spokeswoman)")
				.with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$.names.en").value(org.hamcrest.Matchers.hasItem("Mao Ning (spokeswoman)")));
		this.mvc
			.perform(post("/api/admin/people/{id}/names/remove", maoNing).param("name", "毛寧")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/admin/reindex").with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/people/{id}", maoNing)).andExpect(jsonPath("$.names['zh-Hant']").doesNotExist());
		this.mvc
			.perform(post("/api/admin/people/{id}/type", maoNing).param("type", "ORGANISATION")
				.with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$.type").value("ORGANISATION"));
		this.mvc
			.perform(post("/api/admin/people/{id}/type", maoNing).param("type", "PERSON")
				.with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$.type").value("PERSON"));
		this.mvc
			.perform(post("/api/admin/people/{id}/merge", maoNing).param("into", "" + maoNing)
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isBadRequest());
	}

	private long id(String name) throws Exception {
		return JsonPath.<Integer>read(this.mvc.perform(get("/api/people").param("prefix", name))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].id");
	}

}
