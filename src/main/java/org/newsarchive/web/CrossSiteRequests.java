package org.newsarchive.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API has no CSRF tokens (scripts send Basic credentials with every request), but a
 * browser resends the Basic credentials it has cached with a form another site makes it
 * submit. Browsers say where such a request comes from ({@code Origin},
 * {@code Sec-Fetch-Site}); a change the archive's own origin did not send is refused.
 * Clients that send neither header, like curl and scripts, are not browsers and go on.
 */
class CrossSiteRequests extends OncePerRequestFilter {

	static final String DETAIL = "The archive does not accept changes sent from another site.";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SAFE_METHODS.contains(request.getMethod()) || !fromAnotherSite(request)) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream()
			.write(("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"" + DETAIL + "\"}")
				.getBytes(StandardCharsets.UTF_8));
	}

	static boolean fromAnotherSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && OTHER_SITES.contains(site)) {
			return true;
		}
		try {
			return request.getHeader(HttpHeaders.ORIGIN) != null && CorsUtils.isCorsRequest(request);
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

}
