package org.newsarchive.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Hands out files prepared, in their order, while a worker prepares the next few: an
 * import stores one batch of files while the files after it are hashed, decoded, read and
 * their people recognised, and each file is prepared once, for the import to take as it
 * is.
 *
 * @param <F> a file as it comes
 * @param <P> a file prepared
 */
final class ReadAhead<F, P> implements Iterator<P> {

	private final Iterator<F> files;

	private final ExecutorService worker;

	private final int window;

	private final ToLongFunction<F> size;

	private final long budget;

	private final Function<F, P> prepare;

	private final Deque<Pending<P>> pending = new ArrayDeque<>();

	private long pendingSize;

	/**
	 * @param window how many files are prepared ahead at most: enough to fill the next
	 * batch while one is stored
	 * @param size a file's size in bytes
	 * @param budget how many bytes of files are prepared ahead at most (one file at
	 * least, whatever its size), which bounds the memory they hold
	 * @param prepare what is done ahead; a failure of it is the import's, thrown where
	 * the file is taken
	 */
	ReadAhead(Iterator<F> files, ExecutorService worker, int window, ToLongFunction<F> size, long budget,
			Function<F, P> prepare) {
		this.files = files;
		this.worker = worker;
		this.window = window;
		this.size = size;
		this.budget = budget;
		this.prepare = prepare;
	}

	@Override
	public boolean hasNext() {
		fill();
		return !this.pending.isEmpty();
	}

	@Override
	public P next() {
		fill();
		Pending<P> next = this.pending.poll();
		if (next == null) {
			throw new NoSuchElementException();
		}
		this.pendingSize -= next.size();
		return next.prepared().join();
	}

	private void fill() {
		while (this.pending.size() < this.window && (this.pending.isEmpty() || this.pendingSize < this.budget)
				&& this.files.hasNext()) {
			F file = this.files.next();
			long bytes = this.size.applyAsLong(file);
			this.pendingSize += bytes;
			this.pending
				.add(new Pending<>(CompletableFuture.supplyAsync(() -> this.prepare.apply(file), this.worker), bytes));
		}
	}

	private record Pending<P>(CompletableFuture<P> prepared, long size) {

	}

}
