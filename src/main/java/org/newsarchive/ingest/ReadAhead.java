package org.newsarchive.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

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

	private final Function<F, P> prepare;

	private final Deque<CompletableFuture<P>> pending = new ArrayDeque<>();

	/**
	 * @param window how many files are prepared ahead at most, which bounds the memory
	 * they hold
	 * @param prepare what is done ahead; a failure of it is the import's, thrown where
	 * the file is taken
	 */
	ReadAhead(Iterator<F> files, ExecutorService worker, int window, Function<F, P> prepare) {
		this.files = files;
		this.worker = worker;
		this.window = window;
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
		CompletableFuture<P> next = this.pending.poll();
		if (next == null) {
			throw new NoSuchElementException();
		}
		return next.join();
	}

	private void fill() {
		while (this.pending.size() < this.window && this.files.hasNext()) {
			F file = this.files.next();
			this.pending.add(CompletableFuture.supplyAsync(() -> this.prepare.apply(file), this.worker));
		}
	}

}
