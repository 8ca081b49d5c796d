package org.newsarchive.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.ingest.ReadersFirst;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the readers' requests being answered, for an import to give way to them
 * ({@link ReadersFirst}): pages, searches, feeds and exports read with {@code GET} or
 * {@code HEAD}; an upload or an administrator's change is a write, and the health checks
 * are no reader's.
 */
class ReadersAnswered extends OncePerRequestFilter {

	private final ReadersFirst readers;

	ReadersAnswered(ReadersFirst readers) {
		this.readers = readers;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || request.getRequestURI().startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.readers.answering();
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.readers.answered();
		}
	}

}
