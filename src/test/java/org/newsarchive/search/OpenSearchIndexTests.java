package org.newsarchive.search;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenSearch index on its own, against the node {@link OpenSearchTestNode} finds. */
@ExtendWith(OpenSearchTestNode.class)
class OpenSearchIndexTests {

	@Test
	void instancesStartingTogetherShareOneIndexBehindTheAlias() throws Exception {
		String alias = "test-" + UUID.randomUUID();
		CyclicBarrier together = new CyclicBarrier(2);
		Callable<OpenSearchIndex> start = () -> {
			together.await();
			return new OpenSearchIndex(URI.create(OpenSearchTestNode.URL), null, null, alias);
		};
		try (ExecutorService two = Executors.newFixedThreadPool(2)) {
			Future<OpenSearchIndex> first = two.submit(start);
			Future<OpenSearchIndex> second = two.submit(start);
			try (OpenSearchIndex one = first.get(); OpenSearchIndex other = second.get()) {
				List<String> indexes = new ArrayList<>(
						one.call("GET", "/_alias/" + alias, null, false).propertyNames());
				try {
					assertThat(indexes).hasSize(1);
					one.indexAll(List.of(new IndexedArticle(1, "Okapi story", null, null,
							List.of(new IndexedArticle.Text("An okapi.", "en")), List.of(), List.of(), "nowhere",
							"Nowhere", null, null, null, List.of("en"), List.of(), List.of(), 1)));
					assertThat(one.count()).isEqualTo(1);
					assertThat(other.count()).isEqualTo(1);
				}
				finally {
					indexes.forEach((index) -> one.call("DELETE", "/" + index, null, true));
				}
			}
		}
	}

}
