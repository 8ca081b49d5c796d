package org.newsarchive;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests to a portal started in the test, as the administrator ({@code admin:pw}). */
final class PortalHttp {

	private PortalHttp() {
	}

	/** The body of a GET that must answer 200. */
	static String get(ConfigurableApplicationContext app, String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request(app, "GET", path).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	static HttpRequest.Builder request(ConfigurableApplicationContext app, String method, String path) {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8)));
	}

}
