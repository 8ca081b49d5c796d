package org.newsarchive.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests a hostile client sends, against the real server: Tomcat decodes parameters and
 * parses uploads itself, which MockMvc does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileRequestsTests {

	static final List<String> BAD_ENCODINGS = List.of("%00", "%C0%80", "%ED%A0%80", "a%ZZ", "%E5%8C");

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aMalformedParameterIsABadRequestThatSaysSo() throws Exception {
		int articleId = JsonPath.read(get("/api/articles").body(), "$.items[0].id");
		for (String bad : BAD_ENCODINGS) {
			for (String page : List.of("/search", "/people", "/articles/" + articleId, "/")) {
				RawHttp.Response response = RawHttp.get(this.port, page + "?q=" + bad);
				assertThat(response.status()).as(page + "?q=" + bad).isEqualTo(400);
				assertThat(response.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
				assertThat(response.body()).contains("The address holds a parameter that cannot be read")
					.doesNotContain("Exception");
			}
			for (String api : List.of("/api/search", "/api/people")) {
				RawHttp.Response response = RawHttp.get(this.port, api + "?q=" + bad);
				assertThat(response.status()).as(api + "?q=" + bad).isEqualTo(400);
				assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
				assertThat(JsonPath.<String>read(response.body(), "$.detail")).startsWith(
						"The address holds a parameter that cannot be read: parameters are percent-encoded UTF-8");
			}
		}
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
