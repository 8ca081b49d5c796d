package org.newsarchive.search;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * How {@link OpenSearchIndex} takes OpenSearch's answers to a search, against a stand-in
 * server that answers what a node answers while a rebuild drops the index behind the
 * alias: 503, all shards failed, which the HTTP transport turns into an exception itself.
 */
class OpenSearchAnswersTests {

	private static final String DROPPED = """
			{"error":{"root_cause":[],"type":"search_phase_execution_exception","reason":"all shards failed",\
			"phase":"query","grouped":true,"failed_shards":[]},"status":503}""";

	private final Deque<Answer> answers = new ConcurrentLinkedDeque<>();

	private final List<String> asked = new ArrayList<>();

	private HttpServer server;

	private OpenSearchIndex index;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::answer);
		this.server.start();
		this.answers.add(new Answer(200, "{}"));
		this.index = new OpenSearchIndex(URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()), null,
				null, "news");
	}

	@AfterEach
	void stop() throws IOException {
		this.index.close();
		this.server.stop(0);
	}

	@Test
	void aSearchDroppedUnderRebuildsIsAskedAgainUntilTheAliasHasMoved() {
		for (int i = 0; i < 4; i++) {
			this.answers.add(new Answer(503, DROPPED));
		}
		this.answers.add(new Answer(200, "{\"count\":5}"));

		assertThat(this.index.count()).isEqualTo(5);
		assertThat(this.asked).containsExactly("HEAD /_alias/news", "POST /news/_count", "POST /news/_count",
				"POST /news/_count", "POST /news/_count", "POST /news/_count");
	}

	@Test
	void aSearchStillDroppedAfterEveryAttemptFailsWithOpenSearchsAnswer() {
		for (int i = 0; i < 5; i++) {
			this.answers.add(new Answer(503, DROPPED));
		}

		assertThatIllegalStateException().isThrownBy(this.index::count)
			.withMessageStartingWith("OpenSearch answered 503 to POST /news/_count")
			.withMessageContaining("all shards failed");
		assertThat(this.asked).hasSize(6);
	}

	@Test
	void anotherRefusalIsNotAskedAgain() {
		this.answers.add(new Answer(503,
				"""
						{"error":{"type":"cluster_block_exception","reason":"blocked by: [SERVICE_UNAVAILABLE/1/state not recovered]"},\
						"status":503}"""));

		assertThatIllegalStateException().isThrownBy(this.index::count)
			.withMessageStartingWith("OpenSearch answered 503 to POST /news/_count")
			.withMessageContaining("state not recovered");
		assertThat(this.asked).containsExactly("HEAD /_alias/news", "POST /news/_count");
	}

	private void answer(HttpExchange exchange) throws IOException {
		synchronized (this.asked) {
			this.asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
		}
		exchange.getRequestBody().readAllBytes();
		Answer answer = this.answers.poll();
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		if (exchange.getRequestMethod().equals("HEAD")) {
			exchange.sendResponseHeaders(answer.status(), -1);
		}
		else {
			exchange.sendResponseHeaders(answer.status(), body.length);
			exchange.getResponseBody().write(body);
		}
		exchange.close();
	}

	private record Answer(int status, String body) {
	}

}
