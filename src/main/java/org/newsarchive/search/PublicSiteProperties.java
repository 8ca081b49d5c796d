package org.newsarchive.search;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where readers reach the archive.
 *
 * @param publicUrl the site's root as readers reach it ({@code ARCHIVE_PUBLIC_URL}, e.g.
 * {@code https://news.example.org/archive}); feeds link there. Unset, feeds link to the
 * address the request came to only if that is the machine itself (see
 * {@link FeedAddresses})
 */
@ConfigurationProperties("archive")
record PublicSiteProperties(URI publicUrl) {

	PublicSiteProperties {
		if (publicUrl != null && (!publicUrl.isAbsolute() || publicUrl.getHost() == null
				|| !(publicUrl.getScheme().equals("http") || publicUrl.getScheme().equals("https")))) {
			throw new IllegalArgumentException("archive.public-url is an http or https address, not " + publicUrl);
		}
	}

}
