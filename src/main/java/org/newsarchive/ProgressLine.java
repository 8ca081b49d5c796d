package org.newsarchive;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

import org.newsarchive.ingest.ImportTally;

/**
 * How far an import from the command line is: on a terminal one line redrawn in place a
 * few times a second, elsewhere (a log, a pipe) a plain line every few seconds.
 */
final class ProgressLine {

	private static final long TERMINAL_EVERY = Duration.ofMillis(250).toNanos();

	private static final long LOG_EVERY = Duration.ofSeconds(10).toNanos();

	private final long totalFiles;

	private final PrintStream out;

	private final boolean terminal;

	private final long started = System.nanoTime();

	private long shownAt = this.started;

	private boolean drawn;

	ProgressLine(long totalFiles, PrintStream out, boolean terminal) {
		this.totalFiles = totalFiles;
		this.out = out;
		this.terminal = terminal;
	}

	void show(ImportTally tally) {
		long now = System.nanoTime();
		if (now - this.shownAt < (this.terminal ? TERMINAL_EVERY : LOG_EVERY)) {
			return;
		}
		this.shownAt = now;
		String line = line(tally, this.totalFiles, now - this.started);
		if (this.terminal) {
			// Padded so that a shorter line covers the longer one before it.
			this.out.print("\r" + String.format(Locale.ROOT, "%-78s", line));
			this.out.flush();
			this.drawn = true;
		}
		else {
			this.out.println(line);
		}
	}

	/** Ends the redrawn line, so that what follows starts on a line of its own. */
	void close() {
		if (this.drawn) {
			this.out.println();
		}
	}

	long elapsedNanos() {
		return System.nanoTime() - this.started;
	}

	static String line(ImportTally tally, long totalFiles, long elapsedNanos) {
		double seconds = elapsedNanos / 1e9;
		long remaining = Math.max(0, totalFiles - tally.files());
		String eta = (tally.files() == 0) ? "?" : clock(Math.round(remaining * seconds / tally.files()));
		return String.format(Locale.ROOT, "%d/%d files, %d articles, %.1f articles/s, ETA %s", tally.files(),
				totalFiles, tally.articles(), tally.articles() / Math.max(seconds, 0.001), eta);
	}

	static String summary(ImportTally tally, long elapsedNanos) {
		double seconds = elapsedNanos / 1e9;
		return String.format(Locale.ROOT,
				"Imported %d files in %.1f s: %d articles created, %d updated, %d unchanged, %d rejected "
						+ "(%.1f articles/s)",
				tally.files(), seconds, tally.created(), tally.updated(), tally.unchanged(), tally.rejected(),
				tally.articles() / Math.max(seconds, 0.001));
	}

	private static String clock(long seconds) {
		return (seconds >= 3600) ? "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60)
				: "%d:%02d".formatted(seconds / 60, seconds % 60);
	}

}
