package org.newsarchive.entity;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recognising the whole archive again in the background: a decision recorded without
 * touching the mentions (as a changed recogniser or gazetteer would leave them) takes
 * effect on every article, the search facet included, and the job reports its progress.
 */
// An archive of its own: its rejection would take a person out of other tests' seeds.
@ArchiveTest
@TestPropertySource(properties = "spring.application.name=recognition-jobs-tests")
@DirtiesContext
class RecognitionJobsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RejectedNames rejected;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRejectionReachesEveryArticleWhenTheArchiveIsRecognisedAgain() throws Exception {
		long seton = JsonPath.<Integer>read(json(get("/api/people").param("prefix", "塞顿")), "$[0].id");
		this.rejected.reject("塞顿", Rejection.NOT_A_NAME);
		assertThat(mentionsOf(seton)).isEqualTo(1);
		assertThat(personFacet()).contains("塞顿");
		long articles = this.jdbc.sql("select count(*) from articles").query(Long.class).single();

		this.mvc.perform(post("/api/admin/recognition-jobs")).andExpect(status().isUnauthorized());
		String location = this.mvc
			.perform(post("/api/admin/recognition-jobs").with(httpBasic("admin", "test-password")))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/admin/recognition-jobs/1"))
			.andExpect(jsonPath("$.id").value(1))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String state = "QUEUED";
		for (int i = 0; i < 600 && !List.of("DONE", "CANCELLED", "FAILED").contains(state); i++) {
			Thread.sleep(100);
			state = JsonPath.read(json(get(location).with(httpBasic("admin", "test-password"))), "$.state");
		}
		this.mvc.perform(get(location).with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$.state").value("DONE"))
			.andExpect(jsonPath("$.articles.done").value(articles))
			.andExpect(jsonPath("$.articles.total").value(articles))
			.andExpect(jsonPath("$.error").isEmpty());
		assertThat(articles).isEqualTo(5);

		assertThat(mentionsOf(seton)).isZero();
		assertThat(personFacet()).doesNotContain("塞顿").contains("马克龙");

		this.mvc.perform(delete(location).with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$.state").value("DONE"));
		this.mvc.perform(get("/api/admin/recognition-jobs/99").with(httpBasic("admin", "test-password")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("There is no recognition job 99."));
	}

	private long mentionsOf(long entityId) {
		return this.jdbc.sql("select count(*) from mentions where entity_id = :id")
			.param("id", entityId)
			.query(Long.class)
			.single();
	}

	private List<String> personFacet() throws Exception {
		return JsonPath.read(json(get("/api/search").param("q", "马克龙")), "$.facets.person[*].label");
	}

	private String json(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
