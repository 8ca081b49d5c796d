package org.newsarchive.entity;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the gazetteer does not list that articles keep naming with a role
 * ({@code 国务院副总理何立峰}): after two articles they are known people, found in later articles
 * without a role. A one-off fragment never gets there. The names learned are kept in a
 * {@link Store} and read from it once, when first asked for; the counts of names not yet
 * learned live only while the application runs. Thread-safe.
 */
final class LearnedNames {

	static final int ARTICLES_TO_LEARN = 2;

	private static final int MAX_NAMES = 200_000;

	private final Store store;

	/**
	 * For each name not yet learned, the articles naming it with a role, by a hash of
	 * their text: an article recognised again (re-imported, re-recognised) is the same
	 * article.
	 */
	private final Map<String, Set<Integer>> articlesWithARole = new ConcurrentHashMap<>();

	/**
	 * The names learned, kept apart from the counts: every article asks for them, and
	 * filtering the counts each time would cost more as the archive grows.
	 */
	private final Set<String> learned = ConcurrentHashMap.newKeySet();

	private volatile boolean loaded;

	/** Names learned while the application runs, forgotten when it stops. */
	LearnedNames() {
		this(Store.NONE);
	}

	LearnedNames(Store store) {
		this.store = store;
	}

	/**
	 * An article names {@code name} with a role.
	 * @param article the article's text, or anything that tells it from other articles
	 */
	void namedWithARole(String name, String article) {
		load();
		if (this.learned.contains(name)
				|| (this.articlesWithARole.size() >= MAX_NAMES && !this.articlesWithARole.containsKey(name))) {
			return;
		}
		Set<Integer> articles = this.articlesWithARole.computeIfAbsent(name, (key) -> ConcurrentHashMap.newKeySet());
		articles.add(article.hashCode());
		if (articles.size() >= ARTICLES_TO_LEARN && this.learned.add(name)) {
			this.articlesWithARole.remove(name);
			this.store.learned(name);
		}
	}

	/** A view of the names learned so far. */
	Set<String> people() {
		load();
		return Collections.unmodifiableSet(this.learned);
	}

	private void load() {
		if (!this.loaded) {
			synchronized (this) {
				if (!this.loaded) {
					this.learned.addAll(this.store.load());
					this.loaded = true;
				}
			}
		}
	}

	/** Where the names learned are kept. */
	interface Store {

		Store NONE = new Store() {

			@Override
			public Set<String> load() {
				return Set.of();
			}

			@Override
			public void learned(String name) {
			}

		};

		/** Every name learned so far, in one read. */
		Set<String> load();

		/** Keeps a newly learned name. */
		void learned(String name);

	}

}
