package org.newsarchive.search;

import java.io.IOException;
import java.util.function.LongSupplier;

import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy.OneMerge;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.RateLimitedIndexOutput;
import org.apache.lucene.store.RateLimiter;

/**
 * Lucene's merges, giving way to readers as an import does: every {@value #CHECK_BYTES}
 * bytes a merge writes, it waits while readers are being answered, for at most
 * {@value #TIMES_ITS_WORK} times as long as it worked since it last went on. While an
 * import wrote a small segment every second or so, merging them rewrote segments of
 * several megabytes beside the readers: on 2 cores a merge thread took as much CPU as
 * every search answered meanwhile (docs/benchmarks.md, "Search while an import runs,
 * where the time goes"). Beside a steady stream of readers merges so run at a quarter of
 * their pace or more; with nobody reading, at full pace. A merge that falls behind makes
 * Lucene hold up the import's writes, never the readers.
 */
final class MergesGiveWay extends ConcurrentMergeScheduler {

	static final int CHECK_BYTES = 64 * 1024;

	static final int TIMES_ITS_WORK = 3;

	private final GivingWay readers;

	private final LongSupplier nanoTime;

	MergesGiveWay(GivingWay readers, LongSupplier nanoTime) {
		this.readers = readers;
		this.nanoTime = nanoTime;
	}

	@Override
	public Directory wrapForMerge(OneMerge merge, Directory in) {
		Pace pace = new Pace();
		return new FilterDirectory(super.wrapForMerge(merge, in)) {

			@Override
			public IndexOutput createOutput(String name, IOContext context) throws IOException {
				return new RateLimitedIndexOutput(pace, super.createOutput(name, context));
			}

		};
	}

	/**
	 * One merge's pace, across the files it writes: Lucene's rate limiter is asked after
	 * each {@value #CHECK_BYTES} bytes written whether to pause, and how long it paused.
	 */
	private final class Pace extends RateLimiter {

		private long workingSince = MergesGiveWay.this.nanoTime.getAsLong();

		@Override
		public synchronized long pause(long bytes) {
			long worked = MergesGiveWay.this.nanoTime.getAsLong() - this.workingSince;
			long waited = MergesGiveWay.this.readers.yieldUpTo(TIMES_ITS_WORK * worked);
			this.workingSince = MergesGiveWay.this.nanoTime.getAsLong();
			return waited;
		}

		@Override
		public long getMinPauseCheckBytes() {
			return CHECK_BYTES;
		}

		@Override
		public void setMBPerSec(double mbPerSec) {
			throw new UnsupportedOperationException("Merges give way to readers, not to a rate");
		}

		@Override
		public double getMBPerSec() {
			return Double.POSITIVE_INFINITY;
		}

	}

}
