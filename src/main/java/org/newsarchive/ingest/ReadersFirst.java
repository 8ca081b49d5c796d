package org.newsarchive.ingest;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

import org.newsarchive.search.GivingWay;

import org.springframework.stereotype.Component;

/**
 * Readers before imports. The portal counts here the requests of readers it is answering;
 * an import's read-ahead, after it has prepared a file, waits while readers are being
 * answered, for three times as long as the file took to prepare at most. An import beside
 * a steady stream of readers so runs at about a quarter of its pace and leaves them the
 * cores it would take (on two cores, a search waited four times as long for a core as it
 * ran while an import ran at full pace; docs/benchmarks.md has the measures of once and
 * three times); an import with no reader about, or run from the command line, never
 * waits. The index's merges give way to the same readers ({@code MergesGiveWay}).
 */
@Component
public class ReadersFirst implements GivingWay {

	private static final long STEP_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

	private final AtomicInteger answering = new AtomicInteger();

	private final LongSupplier nanoTime;

	private final LongConsumer park;

	public ReadersFirst() {
		this(System::nanoTime, LockSupport::parkNanos);
	}

	ReadersFirst(LongSupplier nanoTime, LongConsumer park) {
		this.nanoTime = nanoTime;
		this.park = park;
	}

	/** A reader's request is being answered; {@link #answered()} once it has been. */
	public void answering() {
		this.answering.incrementAndGet();
	}

	public void answered() {
		this.answering.decrementAndGet();
	}

	/** How many readers' requests are being answered now. */
	public int answeringNow() {
		return this.answering.get();
	}

	/**
	 * Waits while readers are being answered, at most the given time.
	 * @param nanos the longest wait
	 * @return how long it waited
	 */
	@Override
	public long yieldUpTo(long nanos) {
		long start = this.nanoTime.getAsLong();
		long waited = 0;
		while (this.answering.get() > 0 && waited < nanos) {
			this.park.accept(Math.min(STEP_NANOS, nanos - waited));
			waited = this.nanoTime.getAsLong() - start;
		}
		return waited;
	}

}
