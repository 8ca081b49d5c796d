package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import gives way to the readers being answered, for at most as long as it asks, and
 * not at all when nobody is reading (on a clock of its own: the test waits for nothing).
 */
class ReadersFirstTests {

	private long now;

	private final List<Long> parks = new ArrayList<>();

	@Test
	void withNoReaderAnImportDoesNotWait() {
		ReadersFirst readers = readers(() -> {
		});
		assertThat(readers.yieldUpTo(millis(30))).isZero();
		assertThat(this.parks).isEmpty();
	}

	@Test
	void whileAReaderIsAnsweredAnImportWaitsAsLongAsItAsksAtMost() {
		ReadersFirst readers = readers(() -> {
		});
		readers.answering();
		assertThat(readers.yieldUpTo(millis(3) + 500_000)).isEqualTo(millis(3) + 500_000);
		assertThat(this.parks).containsExactly(millis(1), millis(1), millis(1), 500_000L);
		readers.answered();
		assertThat(readers.answeringNow()).isZero();
	}

	@Test
	void anImportGoesOnOnceTheLastReaderHasBeenAnswered() {
		ReadersFirst[] holder = new ReadersFirst[1];
		ReadersFirst readers = readers(() -> {
			if (this.parks.size() == 2) {
				holder[0].answered();
			}
			else if (this.parks.size() == 4) {
				holder[0].answered();
			}
		});
		holder[0] = readers;
		readers.answering();
		readers.answering();
		assertThat(readers.answeringNow()).isEqualTo(2);
		assertThat(readers.yieldUpTo(millis(30))).isEqualTo(millis(4));
		assertThat(this.parks).hasSize(4);
	}

	private ReadersFirst readers(Runnable afterPark) {
		return new ReadersFirst(() -> this.now, (nanos) -> {
			this.now += nanos;
			this.parks.add(nanos);
			afterPark.run();
		});
	}

	private static long millis(long millis) {
		return TimeUnit.MILLISECONDS.toNanos(millis);
	}

}
