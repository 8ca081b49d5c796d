package org.newsarchive.entity;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

	/**
	 * The names learned, kept apart from the counts: every article asks for them, and
	 * filtering the counts each time would cost more as the archive grows.
	 */
	private final Set<String> learned = ConcurrentHashMap.newKeySet();

	/** One more article names {@code name} with a role. */
	void namedWithARole(String name) {
		if (this.articlesWithARole.size() < MAX_NAMES || this.articlesWithARole.containsKey(name)) {
			if (this.articlesWithARole.merge(name, 1, Integer::sum) >= ARTICLES_TO_LEARN) {
				this.learned.add(name);
			}
		}
	}

	/** A view of the names learned so far. */
	Set<String> people() {
		return Collections.unmodifiableSet(this.learned);
	}

}
