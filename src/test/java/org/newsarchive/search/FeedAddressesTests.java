package org.newsarchive.search;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Which address a feed links to, whatever {@code Host} a client sends. */
class FeedAddressesTests {

	@Test
	void theConfiguredPublicUrlWins() {
		FeedAddresses addresses = new FeedAddresses(
				new PublicSiteProperties(URI.create("https://news.example.org/archive/")));
		SearchFeeds.FeedLinks links = addresses.links(request("attacker.example", "/search.atom", "q=x"),
				"/search?q=x");
		assertThat(links).isEqualTo(new SearchFeeds.FeedLinks("https://news.example.org/archive",
				"https://news.example.org/archive/search.atom?q=x", "https://news.example.org/archive/search?q=x"));
	}

	@Test
	void withoutOneOnlyThisMachineIsBelieved() {
		FeedAddresses addresses = new FeedAddresses(new PublicSiteProperties(null));
		assertThat(addresses.base(request("attacker.example", "/search.atom", null)))
			.isEqualTo("http://localhost:8080");
		assertThat(addresses.base(request("127.0.0.1:9000", "/search.atom", null))).isEqualTo("http://127.0.0.1:9000");
		assertThat(addresses.base(request("localhost", "/search.atom", null))).isEqualTo("http://localhost");
	}

	@Test
	void aPublicUrlIsAnHttpAddress() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicSiteProperties(URI.create("news.example.org")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PublicSiteProperties(URI.create("javascript:alert(1)")));
	}

	private static MockHttpServletRequest request(String host, String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader("Host", host);
		request.setQueryString(query);
		request.setLocalPort(8080);
		return request;
	}

}
