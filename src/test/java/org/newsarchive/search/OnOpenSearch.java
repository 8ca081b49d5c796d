package org.newsarchive.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.TestPropertySource;

/**
 * Runs a test class of the embedded index on OpenSearch: a subclass carrying this runs
 * the same tests against the node {@link OpenSearchTestNode} finds, each context on an
 * index of its own. The properties are the same for every class, so variants that share a
 * context on the embedded index share one here too: one context per engine, not per
 * class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OpenSearchTestNode.class)
@TestPropertySource(properties = { "archive.search.backend=opensearch",
		"archive.search.opensearch.url=${ARCHIVE_TEST_OPENSEARCH_URL:}",
		"archive.search.opensearch.index=test-${random.uuid}" })
@interface OnOpenSearch {

}
