package org.newsarchive.search;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Once a signed-in administrator's change through the web (an upload, a curation, a
 * re-index, an import job started) has been answered, the next search sees everything
 * written so far: searches otherwise lag up to a refresh interval behind an import's
 * writes, but who changed something looks for it at once.
 */
class ChangesShown extends OncePerRequestFilter {

	private final SearchEngine search;

	ChangesShown(SearchEngine search) {
		this.search = search;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (!isSafe(request.getMethod()) && request.getUserPrincipal() != null) {
				this.search.showEverythingWritten();
			}
		}
	}

	private static boolean isSafe(String method) {
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
	}

}
