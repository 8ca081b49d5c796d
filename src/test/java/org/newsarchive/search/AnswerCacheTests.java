package org.newsarchive.search;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * An answer is kept for the generation of the index it was read from; once the index has
 * moved on, the first reader computes the new answer and the others are given the last
 * one until it is ready, never after.
 */
class AnswerCacheTests {

	private final AnswerCache<String, String> answers = new AnswerCache<>(16, Duration.ofMinutes(1), Runnable::run);

	@Test
	void anAnswerIsComputedOncePerGeneration() {
		AtomicInteger computed = new AtomicInteger();
		assertThat(this.answers.get("q", 1, () -> "one" + computed.incrementAndGet())).isEqualTo("one1");
		assertThat(this.answers.get("q", 1, () -> "one" + computed.incrementAndGet())).isEqualTo("one1");
		assertThat(this.answers.get("q", 2, () -> "two" + computed.incrementAndGet())).isEqualTo("two2");
		assertThat(this.answers.get("q", 2, () -> "two" + computed.incrementAndGet())).isEqualTo("two2");
		assertThat(computed).hasValue(2);
	}

	@Test
	void whileTheNewGenerationsAnswerIsComputedOthersGetTheLastOneAndThenTheNewOne() throws Exception {
		this.answers.get("q", 1, () -> "old");
		CountDownLatch computing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> this.answers.get("q", 2, () -> {
			computing.countDown();
			await(release);
			return "new";
		}));
		assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.answers.get("q", 2, () -> "computed twice")).isEqualTo("old");
		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("new");
		assertThat(this.answers.get("q", 2, () -> "computed twice")).isEqualTo("new");
	}

	@Test
	void readersOfAKeyNeverAnsweredWaitForTheOneComputation() throws Exception {
		CountDownLatch computing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> this.answers.get("q", 1, () -> {
			computing.countDown();
			await(release);
			return "only";
		}));
		assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<String> second = CompletableFuture
			.supplyAsync(() -> this.answers.get("q", 1, () -> "computed twice"));
		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("only");
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("only");
	}

	@Test
	void aNewAnswerThatFailsIsThrownToItsReaderAndComputedAgainByTheNext() {
		this.answers.get("q", 1, () -> "old");
		assertThatIllegalStateException().isThrownBy(() -> this.answers.get("q", 2, () -> {
			throw new IllegalStateException("index closed");
		})).withMessage("index closed");
		assertThat(this.answers.get("q", 2, () -> "new")).isEqualTo("new");
	}

	@Test
	void anAnswerOfAGenerationAlreadyReplacedIsNotComputedAgain() {
		this.answers.get("q", 2, () -> "new");
		assertThat(this.answers.get("q", 1, () -> "older")).isEqualTo("new");
	}

	@Test
	void withABackgroundExecutorEveryReaderGetsTheLastAnswerUntilTheNewOneIsComputedBesideThem() {
		Queue<Runnable> background = new ArrayDeque<>();
		AnswerCache<String, String> late = new AnswerCache<>(16, Duration.ofMinutes(1), background::add);
		assertThat(late.get("q", 1, () -> "old")).as("never answered: computed by its reader").isEqualTo("old");
		assertThat(background).isEmpty();
		assertThat(late.get("q", 2, () -> "new")).as("the reader who found the index moved on").isEqualTo("old");
		assertThat(late.get("q", 2, () -> "computed twice")).isEqualTo("old");
		assertThat(background).hasSize(1);
		background.remove().run();
		assertThat(late.get("q", 2, () -> "computed twice")).isEqualTo("new");
	}

	@Test
	void afterForgettingEveryAnswerTheNextReaderComputesItsOwnWithNoOlderOneGiven() {
		Queue<Runnable> background = new ArrayDeque<>();
		AnswerCache<String, String> late = new AnswerCache<>(16, Duration.ofMinutes(1), background::add);
		late.get("q", 1, () -> "old");
		late.forgetAll();
		assertThat(late.get("q", 2, () -> "after the change")).isEqualTo("after the change");
		assertThat(background).isEmpty();
	}

	@Test
	void aNewAnswerThatFailsBesideTheReadersIsComputedAgainByTheNextReader() {
		Queue<Runnable> background = new ArrayDeque<>();
		AnswerCache<String, String> late = new AnswerCache<>(16, Duration.ofMinutes(1), background::add);
		late.get("q", 1, () -> "old");
		assertThat(late.get("q", 2, () -> {
			throw new IllegalStateException("index closed");
		})).isEqualTo("old");
		background.remove().run();
		assertThat(late.get("q", 2, () -> "new")).isEqualTo("new");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
