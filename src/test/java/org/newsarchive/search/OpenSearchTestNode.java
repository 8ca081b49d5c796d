package org.newsarchive.search;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class against the OpenSearch node that {@code ARCHIVE_TEST_OPENSEARCH_URL}
 * names ({@code scripts/opensearch-local start} prints one); {@link OnOpenSearch} points
 * the application at it. Without the variable the class is skipped, but not in CI, where
 * both engines must be tested.
 */
final class OpenSearchTestNode implements ExecutionCondition {

	static final String URL = System.getenv("ARCHIVE_TEST_OPENSEARCH_URL");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (URL != null && !URL.isBlank()) {
			return ConditionEvaluationResult.enabled("OpenSearch at " + URL);
		}
		if ("true".equals(System.getenv("CI"))) {
			throw new IllegalStateException(
					"CI runs the search tests on OpenSearch too, but ARCHIVE_TEST_OPENSEARCH_URL "
							+ "is not set: .ci/run starts a node with scripts/opensearch-local start");
		}
		return ConditionEvaluationResult.disabled("ARCHIVE_TEST_OPENSEARCH_URL is not set, so the OpenSearch variant "
				+ "is skipped: run scripts/opensearch-local start and export the URL it prints");
	}

}
