package org.newsarchive.web;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Odd parameters get an answer that says what is wrong, or an empty page: never a 500.
 */
@ArchiveTest
class BadParametersTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aPageFarBeyondTheLastIsEmpty() throws Exception {
		this.mvc.perform(get("/api/articles").param("page", "2147483647"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.total").value(5));
		this.mvc.perform(get("/").param("page", "2147483647")).andExpect(status().isOk());
		this.mvc.perform(get("/sources/guancha").param("page", "2147483647")).andExpect(status().isOk());
	}

	@Test
	void datesOutsideTheCalendarAreABadRequest() throws Exception {
		this.mvc.perform(get("/api/articles").param("from", "+999999999-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Dates run from the year 1 to 9999, not +999999999-01-01."));
		this.mvc.perform(get("/api/articles").param("from", "2023-06-01").param("to", "2023-05-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The start date 2023-06-01 is after the end date 2023-05-01."));
		this.mvc.perform(get("/api/search").param("from", "+999999999-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Dates run from the year 1 to 9999, not +999999999-01-01."));
		this.mvc.perform(get("/search").param("from", "+999999999-01-01")).andExpect(status().isBadRequest());
	}

	@Test
	void aFileThatIsNotKeptIsNotFound() throws Exception {
		this.mvc.perform(get("/raw/999999").param("name", "x.txt").with(httpBasic("admin", "test-password")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/raw/999999").param("name", "x.txt")).andExpect(status().isNotFound());
	}

	@Test
	void anUnknownEntityTypeListsEveryoneAndCannotBeAssigned() throws Exception {
		this.mvc.perform(get("/people").param("type", "foo")).andExpect(status().isOk());
		this.mvc.perform(get("/api/people").param("type", "foo")).andExpect(status().isOk());
		this.mvc
			.perform(post("/api/admin/people/1/type").param("type", "foo").with(httpBasic("admin", "test-password")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The type is PERSON, ORGANISATION or PLACE."));
	}

}
