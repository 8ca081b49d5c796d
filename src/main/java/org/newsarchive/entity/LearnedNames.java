package org.newsarchive.entity;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Names the gazetteer does not list that articles keep naming with a role
 * ({@code 国务院副总理何立峰}): after two articles they are known people, found in later articles
 * without a role. A one-off fragment never gets there. Kept while the application runs;
 * thread-safe.
 */
final class LearnedNames {

	static final int ARTICLES_TO_LEARN = 2;

	private static final int MAX_NAMES = 200_000;

	private final Map<String, Integer> articlesWithARole = new ConcurrentHashMap<>();

	/** One more article names {@code name} with a role. */
	void namedWithARole(String name) {
		if (this.articlesWithARole.size() < MAX_NAMES || this.articlesWithARole.containsKey(name)) {
			this.articlesWithARole.merge(name, 1, Integer::sum);
		}
	}

	Set<String> people() {
		return this.articlesWithARole.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() >= ARTICLES_TO_LEARN)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

}
