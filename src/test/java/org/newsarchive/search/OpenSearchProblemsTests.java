package org.newsarchive.search;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SearchProblemsTests} with OpenSearch as the search engine. */
@ExtendWith(OpenSearchTestNode.class)
class OpenSearchProblemsTests extends SearchProblemsTests {

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		OpenSearchTestNode.properties(registry);
	}

}
