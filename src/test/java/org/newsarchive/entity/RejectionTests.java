package org.newsarchive.entity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator rejects a name for good, one at a time or as a list: it leaves the
 * people list, the article's people and the search facet, and re-importing the article
 * does not bring it back. The names rejected here are real people, wrong on purpose: the
 * point is that the archive keeps what the administrator said.
 */
// An archive of its own: its rejections would take people out of every other test's
// seeds.
@ArchiveTest
@TestPropertySource(properties = "spring.application.name=rejection-tests")
@DirtiesContext
class RejectionTests {

	private static final Path SEED = Path.of("seeds", "004_60f1b6b1adb64af0.txt");

	@Autowired
	MockMvc mvc;

	@Test
	void aRejectedEntityStaysOutAfterReImport() throws Exception {
		long seton = id("塞顿");
		this.mvc.perform(post("/api/admin/people/{id}/reject", seton).param("reason", "not-a-name"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/admin/people/{id}/reject", seton).param("reason", "not-a-name")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.articles").value(1));
		assertThat(peopleListed()).doesNotContain("塞顿").contains("迪埃拉");
		assertThat(peopleOfSeed()).doesNotContain("塞顿").contains("迪埃拉");
		assertThat(personFacet()).doesNotContain("塞顿").contains("迪埃拉");

		reImport("004-again.txt", "周二报道");
		assertThat(peopleOfSeed()).doesNotContain("塞顿").contains("迪埃拉");
		assertThat(personFacet()).doesNotContain("塞顿");
	}

	@Test
	void aListOfRejectionsIsAllOrNothing() throws Exception {
		this.mvc
			.perform(post("/api/admin/people/rejections").contentType(MediaType.TEXT_PLAIN)
				.content("迪埃拉,not-a-person\n希普金斯,maybe\n")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("A rejection is not-a-person or not-a-name, not \"maybe\"."));
		assertThat(peopleOfSeed()).contains("迪埃拉", "希普金斯");

		this.mvc
			.perform(post("/api/admin/people/rejections").contentType(MediaType.TEXT_PLAIN)
				.content("# decided on reading 004\n迪埃拉,not-a-person\n\n希普金斯\tNOT_A_NAME\n一个没人用的词,not-a-name\n")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.names").value(3))
			.andExpect(jsonPath("$.articles").value(1));
		assertThat(peopleOfSeed()).doesNotContain("迪埃拉", "希普金斯").contains("马克龙");
		reImport("004-once-more.txt", "星期二报道");
		assertThat(peopleOfSeed()).doesNotContain("迪埃拉", "希普金斯").contains("马克龙");
	}

	private void reImport(String name, String reported) throws Exception {
		// A corrected copy: the article is stored and its people recognised again; a copy
		// of the same content would leave it unchanged.
		String seed = Files.readString(SEED);
		byte[] changed = seed.replace("周二报导", reported).getBytes(StandardCharsets.UTF_8);
		assertThat(new String(changed, StandardCharsets.UTF_8)).isNotEqualTo(seed);
		this.mvc
			.perform(multipart("/api/imports").file(new MockMultipartFile("file", name, "text/plain", changed))
				.with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$[0].status").value("UPDATED"));
	}

	private List<String> peopleListed() throws Exception {
		return JsonPath.read(json(get("/api/people").param("type", "PERSON")), "$[*].name");
	}

	private List<String> peopleOfSeed() throws Exception {
		Integer article = JsonPath.read(json(get("/api/search").param("q", "马克龙")), "$.items[0].id");
		return JsonPath.read(json(get("/api/articles/{id}", article)), "$.people[*].name");
	}

	private List<String> personFacet() throws Exception {
		return JsonPath.read(json(get("/api/search").param("q", "马克龙")), "$.facets.person[*].label");
	}

	private String json(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private long id(String name) throws Exception {
		return JsonPath.<Integer>read(json(get("/api/people").param("prefix", name)), "$[0].id");
	}

}
