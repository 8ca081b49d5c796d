package org.newsarchive.search;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers kept with the generation of the index they were read from, as OpenSearch's
 * shard request cache keeps them: a write moves the generation on, so the next search of
 * a key reads the new index. Callers asking for a key never answered wait for its one
 * computation: after a refresh, 64 readers of the same page cost one search, not 64. A
 * key answered before is computed again for the new generation by {@code recomputing},
 * and every caller is given the last answer until the new one is ready, as HTTP's
 * {@code stale-while-revalidate} does: during an import what readers search moves on once
 * a second, and the reader who computed each new answer used to wait for it on cores the
 * import shares (0.7-2.7 s at 100,000 articles, the whole of the tail over 1 s). So with
 * a background executor an answer is late by at most the computation of its successor;
 * with a direct one ({@code Runnable::run}) every caller sees the new generation, the
 * first computing it. (While an import writes, the generation moves on at most once per
 * refresh interval, not every batch: see {@link ArticleIndex}.)
 */
final class AnswerCache<K, V> {

	private final ConcurrentMap<K, Kept<V>> answers;

	private final Executor recomputing;

	/**
	 * @param size how many answers are kept at most
	 * @param lifetime how long one is kept at most: the bound on how late what the answer
	 * holds from outside the index (such as a source's name) is
	 * @param recomputing where an answer of a new generation is computed for a key
	 * answered before
	 */
	AnswerCache(int size, Duration lifetime, Executor recomputing) {
		this.answers = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(lifetime).<K, Kept<V>>build().asMap();
		this.recomputing = recomputing;
	}

	/**
	 * The answer kept under the key for this generation of the index or a later one, or
	 * the one {@code compute} gives, kept; while it is computed, the answer of the
	 * generation before if there is one. A failure is not kept, and is thrown to everyone
	 * who waited for it.
	 */
	V get(K key, long generation, Supplier<V> compute) {
		Kept<V> kept = this.answers.get(key);
		if (kept == null || kept.generation() < generation) {
			CompletableFuture<V> mine = new CompletableFuture<>();
			kept = this.answers.compute(key, (k, current) -> (current != null && current.generation() >= generation)
					? current : new Kept<>(generation, mine, (current != null) ? current.latest() : null));
			if (kept.answer() == mine) {
				if (kept.previous() == null) {
					return computed(key, kept, compute);
				}
				Kept<V> successor = kept;
				this.recomputing.execute(() -> {
					try {
						computed(key, successor, compute);
					}
					catch (RuntimeException ex) {
						// thrown to whoever waits for it; the next caller computes again
					}
				});
			}
		}
		if (!kept.answer().isDone() && kept.previous() != null) {
			return kept.previous();
		}
		return join(kept.answer());
	}

	/**
	 * Forgets every answer, so that the next search of each key reads the index as it is
	 * then, with no older answer given meanwhile: after an administrator's change.
	 */
	void forgetAll() {
		this.answers.clear();
	}

	private V computed(K key, Kept<V> kept, Supplier<V> compute) {
		try {
			V answer = compute.get();
			kept.answer().complete(answer);
			return answer;
		}
		catch (RuntimeException | Error ex) {
			this.answers.remove(key, kept);
			kept.answer().completeExceptionally(ex);
			throw ex;
		}
	}

	private static <V> V join(CompletableFuture<V> answer) {
		try {
			return answer.join();
		}
		catch (CompletionException ex) {
			// The same exception as the thread that computed it got, such as a query
			// that cannot be read, so that it maps to the same response.
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/**
	 * An answer of one generation, computed or being computed, and the last answer of an
	 * earlier one (or null) to give while it is.
	 */
	private record Kept<V>(long generation, CompletableFuture<V> answer, V previous) {

		V latest() {
			return (this.answer.isDone() && !this.answer.isCompletedExceptionally()) ? this.answer.join()
					: this.previous;
		}

	}

}
