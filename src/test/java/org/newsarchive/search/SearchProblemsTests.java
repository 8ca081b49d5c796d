package org.newsarchive.search;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Searches that cannot run: {@code /api/search} answers a 400 problem detail that says
 * what to change, and the search page a 400 with the same note; never a 500.
 */
@ArchiveTest
class SearchProblemsTests {

	@Autowired
	MockMvc mvc;

	static Stream<Arguments> malformed() {
		return Stream.of(Arguments.of("q", "\"unbalanced", "quotation mark is not closed"),
				Arguments.of("q", "AND AND", "AND, OR and NOT need a word on each side"),
				Arguments.of("q", "*", "* and ? alone are not a search"),
				Arguments.of("q", "?", "* and ? alone are not a search"),
				Arguments.of("q", "-", "a - or + goes right before a word"),
				Arguments.of("q", "(", "parentheses do not pair up"),
				Arguments.of("q", "北约)", "parentheses do not pair up"),
				Arguments.of("q", "*约", "cannot start with * or ?"),
				Arguments.of("q", "北".repeat(5000), "5000 characters long; the limit is 500"),
				Arguments.of("q", "w ".repeat(200), "too many words; search for fewer"),
				Arguments.of("page", "0", "page number starts at 1"),
				Arguments.of("page", "-3", "page number starts at 1"),
				Arguments.of("size", "0", "from 1 to 100 results"),
				Arguments.of("size", "1000", "from 1 to 100 results"),
				Arguments.of("sort", "sideways", "not 'sideways'"),
				Arguments.of("from", "notadate", "The parameter 'from' cannot be 'notadate'"),
				Arguments.of("to", "2023-13-45", "The parameter 'to' cannot be '2023-13-45'"),
				Arguments.of("page", "two", "The parameter 'page' cannot be 'two'"),
				Arguments.of("person", "somebody", "The parameter 'person' cannot be 'somebody'"));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("malformed")
	void apiAnswersAProblemDetail(String name, String value, String detail) throws Exception {
		this.mvc.perform(get("/api/search").param(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("The search cannot run"))
			.andExpect(jsonPath("$.detail").value(containsString(detail)));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("malformed")
	void pageShowsAFriendlyNote(String name, String value, String detail) throws Exception {
		this.mvc.perform(get("/search").param(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("class=\"notice problem\"")))
			.andExpect(content().string(containsString(escaped(detail))));
	}

	@Test
	void pagingBeyondTheDepthLimitIsRefused() throws Exception {
		MockHttpServletRequestBuilder deep = get("/api/search").param("page", "10000").param("size", "100");
		this.mvc.perform(deep)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Only the first 10000 results")));
		this.mvc.perform(get("/search").param("page", "10000").param("size", "100"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("class=\"notice problem\"")));
		// The last page within the limit is fine, and empty.
		this.mvc.perform(get("/api/search").param("page", "100").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.items").isEmpty());
	}

	@Test
	void startAfterEndIsRefused() throws Exception {
		this.mvc.perform(get("/api/search").param("from", "2023-06-01").param("to", "2023-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The start date 2023-06-01 is after the end date 2023-01-01."));
	}

	/**
	 * Field syntax is plain text: {@code title:} is the word "title", which no seed
	 * contains, so the search runs and finds nothing.
	 */
	@Test
	void fieldSyntaxIsPlainText() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "title:"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/search").param("q", "title:"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("class=\"notice problem\""))));
		this.mvc.perform(get("/api/search").param("q", "title:北约"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void theWordsStayInTheBoxWhenAParameterIsWrong() throws Exception {
		this.mvc.perform(get("/search").param("q", "北约").param("from", "notadate"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("value=\"北约\"")));
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;").replace("<", "&lt;");
	}

}
