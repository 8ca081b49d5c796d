package org.newsarchive.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.newsarchive.ingest.ReadersFirst;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Readers are counted while they are answered; writes and health checks are not readers.
 */
class ReadersAnsweredTests {

	private final ReadersFirst readers = new ReadersFirst();

	private final ReadersAnswered filter = new ReadersAnswered(this.readers);

	@Test
	void aReadersRequestCountsWhileItIsAnswered() throws Exception {
		assertThat(answeringDuring("GET", "/search")).isEqualTo(1);
		assertThat(answeringDuring("HEAD", "/articles/3")).isEqualTo(1);
		assertThat(this.readers.answeringNow()).isZero();
	}

	@Test
	void writesAndHealthChecksAreNoReaders() throws Exception {
		assertThat(answeringDuring("POST", "/api/imports")).isZero();
		assertThat(answeringDuring("DELETE", "/api/admin/articles/3")).isZero();
		assertThat(answeringDuring("GET", "/actuator/health/readiness")).isZero();
	}

	@Test
	void aReaderWhoseAnswerFailsIsNoLongerCounted() {
		MockFilterChain failing = new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) {
				throw new IllegalStateException("the page failed");
			}
		});
		assertThatThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("GET", "/people"),
				new MockHttpServletResponse(), failing))
			.hasMessage("the page failed");
		assertThat(this.readers.answeringNow()).isZero();
	}

	private int answeringDuring(String method, String uri) throws Exception {
		List<Integer> seen = new ArrayList<>();
		MockFilterChain chain = new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) {
				seen.add(ReadersAnsweredTests.this.readers.answeringNow());
			}
		});
		this.filter.doFilter(new MockHttpServletRequest(method, uri), new MockHttpServletResponse(), chain);
		assertThat(seen).hasSize(1);
		return seen.get(0);
	}

}
