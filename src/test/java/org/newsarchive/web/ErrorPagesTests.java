package org.newsarchive.web;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Readers see friendly error pages in their language, never a stack trace. */
@ArchiveTest
@Import(ErrorPagesTests.FailingPageConfiguration.class)
class ErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anUnexpectedFailureInAPageShowsTheFriendly500Page() throws Exception {
		this.mvc.perform(get("/test/failing-page").accept(MediaType.TEXT_HTML))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<h1>Something went wrong</h1>")))
			.andExpect(content().string(not(containsString("secret detail"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))))
			.andExpect(content().string(not(containsString("at org."))));
	}

	@Test
	void the500PageSpeaksChinese() throws Exception {
		this.mvc.perform(get("/test/failing-page").param("ui", "zh-CN"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(containsString("<h1>出错了</h1>")));
	}

	@Test
	void anUnknownAddressShowsTheFriendly404Page() throws Exception {
		this.mvc.perform(get("/nope").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<h1>Not found</h1>")));
	}

	@Test
	void aMissingArticleShowsTheFriendly404Page() throws Exception {
		this.mvc.perform(get("/articles/999999").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<h1>Not found</h1>")));
	}

	@Test
	void scriptsAskingForJsonStillGetAProblemDetail() throws Exception {
		this.mvc.perform(get("/nope").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theApiStillAnswersProblemDetails() throws Exception {
		this.mvc.perform(get("/api/articles/999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingPageConfiguration {

		@Bean
		FailingPage failingPage() {
			return new FailingPage();
		}

	}

	@Controller
	static class FailingPage {

		@GetMapping("/test/failing-page")
		String fail() {
			throw new IllegalStateException("secret detail");
		}

	}

}
