package org.newsarchive.search;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers kept by a key that names the index generation they were read from, as
 * OpenSearch's shard request cache does: a write moves the generation on, so the next
 * search misses and reads the new index, and the answers of older generations are left to
 * be evicted by size or age. Callers asking for a key that is being computed wait for
 * that one answer: after each refresh during an import, 64 readers of the same page cost
 * one search, not 64.
 */
final class AnswerCache<K, V> {

	private final AsyncCache<K, V> answers;

	/**
	 * @param size how many answers are kept at most
	 * @param lifetime how long one is kept at most: the bound on how late what the answer
	 * holds from outside the index (such as a source's name) is
	 */
	AnswerCache(int size, Duration lifetime) {
		this.answers = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(lifetime).buildAsync();
	}

	/**
	 * The answer kept under the key, or the one {@code compute} gives, kept; a failure is
	 * not kept, and is thrown to everyone who waited for it.
	 */
	V get(K key, Supplier<V> compute) {
		CompletableFuture<V> mine = new CompletableFuture<>();
		CompletableFuture<V> earlier = this.answers.asMap().putIfAbsent(key, mine);
		if (earlier != null) {
			return join(earlier);
		}
		try {
			V answer = compute.get();
			mine.complete(answer);
			return answer;
		}
		catch (RuntimeException | Error ex) {
			this.answers.asMap().remove(key, mine);
			mine.completeExceptionally(ex);
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

}
