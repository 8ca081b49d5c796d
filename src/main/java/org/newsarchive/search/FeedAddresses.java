package org.newsarchive.search;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The absolute links a feed needs. A feed is read later and elsewhere, so a link taken
 * from the request's {@code Host} header, which any client sets as it likes, could send
 * every reader of a cached feed to another site. The configured public URL is used where
 * there is one; without it the {@code Host} header is believed only when it names this
 * machine ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}), and any other is
 * replaced by {@code localhost} on the port the request came in on.
 */
@Component
class FeedAddresses {

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	private final String publicUrl;

	FeedAddresses(PublicSiteProperties site) {
		this.publicUrl = (site.publicUrl() != null) ? site.publicUrl().toString().replaceAll("/+$", "") : null;
	}

	SearchFeeds.FeedLinks links(HttpServletRequest request, String page) {
		String base = base(request);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String self = base + path + ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		return new SearchFeeds.FeedLinks(base, self, base + page);
	}

	/** The site's root, without a trailing slash. */
	String base(HttpServletRequest request) {
		if (this.publicUrl != null) {
			return this.publicUrl;
		}
		boolean hostIsThisMachine = LOOPBACK.contains(request.getServerName());
		int port = hostIsThisMachine ? request.getServerPort() : request.getLocalPort();
		boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
				|| ("https".equals(request.getScheme()) && port == 443);
		return UriComponentsBuilder.newInstance()
			.scheme(request.getScheme())
			.host(hostIsThisMachine ? request.getServerName() : "localhost")
			.port(defaultPort ? -1 : port)
			.path(request.getContextPath())
			.build()
			.toUriString();
	}

}
