package org.newsarchive.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Hands out files in their order while a worker prepares the next few: an import stores
 * one file while the files after it are read and their people recognised. The worker is
 * one thread, taking the files in order, so whatever preparing learns from one file (the
 * names it teaches the recogniser) the next file sees, as without reading ahead.
 */
final class ReadAhead implements Iterator<IncomingFile> {

	private final Iterator<IncomingFile> files;

	private final ExecutorService worker;

	private final int window;

	private final Consumer<IncomingFile> prepare;

	private final Deque<Pending> pending = new ArrayDeque<>();

	/**
	 * @param worker a single thread
	 * @param window how many files are prepared ahead at most, which bounds the memory
	 * they hold
	 * @param prepare what is done ahead; it may fail, the import then does it itself
	 */
	ReadAhead(Iterator<IncomingFile> files, ExecutorService worker, int window, Consumer<IncomingFile> prepare) {
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
	public IncomingFile next() {
		fill();
		Pending next = this.pending.poll();
		if (next == null) {
			throw new NoSuchElementException();
		}
		// Its preparation is under way or done: waiting for it costs less than doing it
		// twice.
		next.prepared().exceptionally((failure) -> null).join();
		return next.file();
	}

	private void fill() {
		while (this.pending.size() < this.window && this.files.hasNext()) {
			IncomingFile file = this.files.next();
			this.pending
				.add(new Pending(file, CompletableFuture.runAsync(() -> this.prepare.accept(file), this.worker)));
		}
	}

	private record Pending(IncomingFile file, CompletableFuture<Void> prepared) {

	}

}
