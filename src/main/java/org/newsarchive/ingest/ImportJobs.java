package org.newsarchive.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Imports of folders on the server, one at a time on a thread of their own, so that
 * reading never waits for them. A job is cancelled between two files: the file under way
 * is finished, and nothing is half stored. Jobs are remembered while the portal runs;
 * their runs stay in the import history, and a job the end of the portal cut short is
 * shown there as interrupted and finished by the next start.
 */
@Service
public class ImportJobs {

	private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

	private static final int REMEMBERED = 20;

	private final ImportService imports;

	private final ImportJobProperties properties;

	private final Clock clock;

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("import-jobs").factory());

	private final AtomicLong ids = new AtomicLong();

	private final Map<Long, Job> jobs = new LinkedHashMap<>();

	ImportJobs(ImportService imports, ImportJobProperties properties, Clock clock) {
		this.imports = imports;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Queues an import of a folder (or a file) on the server.
	 * @throws ImportPathException where the path is missing, unreadable or outside the
	 * allowed roots
	 */
	public ImportJob start(String path) {
		Path real = allowed(path);
		Job job = new Job(this.ids.incrementAndGet(), real);
		synchronized (this.jobs) {
			this.jobs.put(job.id, job);
			if (this.jobs.size() > REMEMBERED) {
				this.jobs.values()
					.stream()
					.filter((old) -> old.state.ended())
					.findFirst()
					.ifPresent((old) -> this.jobs.remove(old.id));
			}
		}
		this.executor.execute(() -> run(job));
		return job.snapshot(this.clock.instant());
	}

	/** The folders under which a job may import; none means jobs are turned off. */
	public List<Path> allowedRoots() {
		return this.properties.allowedRoots();
	}

	/** A job by its number. */
	public ImportJob get(long id) {
		return find(id).snapshot(this.clock.instant());
	}

	/** The jobs since the portal started (the last twenty), newest first. */
	public List<ImportJob> recent() {
		synchronized (this.jobs) {
			return this.jobs.values().stream().map((job) -> job.snapshot(this.clock.instant())).toList().reversed();
		}
	}

	/**
	 * Stops a job before its next file; a queued job does not start. A job that has ended
	 * stays as it was.
	 */
	public ImportJob cancel(long id) {
		Job job = find(id);
		job.cancelled = true;
		synchronized (job) {
			if (job.state == ImportJob.State.QUEUED) {
				job.end(ImportJob.State.CANCELLED, this.clock.instant(), null);
			}
		}
		return job.snapshot(this.clock.instant());
	}

	private Job find(long id) {
		synchronized (this.jobs) {
			Job job = this.jobs.get(id);
			if (job == null) {
				throw new ImportJobNotFoundException(id);
			}
			return job;
		}
	}

	private void run(Job job) {
		synchronized (job) {
			if (job.state != ImportJob.State.QUEUED) {
				return;
			}
			job.state = ImportJob.State.RUNNING;
			job.startedAt = this.clock.instant();
		}
		try {
			FileTree tree = new FileTree(List.of(job.path));
			job.total = tree.count();
			this.imports.importFiles("job:" + job.path, tree.files(), job);
			boolean cutShort = job.cancelled && job.tally.files() < job.total;
			job.end(cutShort ? ImportJob.State.CANCELLED : ImportJob.State.DONE, this.clock.instant(), null);
		}
		catch (RuntimeException ex) {
			logger.warn("Import job {} of {} failed", job.id, job.path, ex);
			job.end(ImportJob.State.FAILED, this.clock.instant(), ex.getMessage());
		}
	}

	private Path allowed(String path) {
		if (path == null || path.isBlank()) {
			throw new ImportPathException("Name a folder on the server to import.", false);
		}
		if (this.properties.allowedRoots().isEmpty()) {
			throw new ImportPathException("Importing folders on the server is turned off: "
					+ "name the folders it may read in archive.import.allowed-roots.", true);
		}
		// Checked before looking at the disk, so that the answer says nothing of what
		// exists outside the roots; again after resolving links, which may lead out.
		Path requested;
		try {
			requested = Path.of(path).toAbsolutePath().normalize();
		}
		catch (RuntimeException ex) {
			throw new ImportPathException("There is no file or folder " + path + " on the server.", false);
		}
		if (!under(requested, false)) {
			throw outside(path);
		}
		Path real;
		try {
			real = requested.toRealPath();
		}
		catch (IOException ex) {
			throw new ImportPathException("There is no file or folder " + path + " on the server.", false);
		}
		if (!under(real, true)) {
			throw outside(path);
		}
		if (!Files.isReadable(real)) {
			throw new ImportPathException("The server cannot read " + path + ".", false);
		}
		return real;
	}

	private boolean under(Path path, boolean real) {
		for (Path root : this.properties.allowedRoots()) {
			try {
				if (path.startsWith(real ? root.toRealPath() : root.toAbsolutePath().normalize())) {
					return true;
				}
			}
			catch (IOException ex) {
				logger.warn("The allowed import root {} does not exist", root);
			}
		}
		return false;
	}

	private static ImportPathException outside(String path) {
		return new ImportPathException(
				"%s is outside the folders imports may read (archive.import.allowed-roots).".formatted(path), true);
	}

	/**
	 * Lets the job under way finish its file, so that the next start has nothing to redo.
	 */
	@PreDestroy
	void stop() throws InterruptedException {
		synchronized (this.jobs) {
			this.jobs.values().forEach((job) -> job.cancelled = true);
		}
		this.executor.shutdown();
		this.executor.awaitTermination(30, TimeUnit.SECONDS);
	}

	/** A job's live state, written by its thread and read by requests. */
	private static final class Job implements ImportListener {

		private final long id;

		private final Path path;

		private volatile ImportJob.State state = ImportJob.State.QUEUED;

		private volatile boolean cancelled;

		private volatile long total;

		private volatile ImportTally tally = ImportTally.NONE;

		private volatile Instant startedAt;

		private volatile Instant finishedAt;

		private volatile String error;

		Job(long id, Path path) {
			this.id = id;
			this.path = path;
		}

		@Override
		public void fileDone(ImportResult result) {
			this.tally = this.tally.plus(result);
		}

		@Override
		public boolean cancelled() {
			return this.cancelled;
		}

		synchronized void end(ImportJob.State state, Instant at, String error) {
			this.state = state;
			this.finishedAt = at;
			this.error = error;
		}

		synchronized ImportJob snapshot(Instant now) {
			ImportTally done = this.tally;
			double seconds = (this.startedAt != null)
					? Duration.between(this.startedAt, (this.finishedAt != null) ? this.finishedAt : now).toMillis()
							/ 1000.0
					: 0;
			double rate = (seconds > 0) ? Math.round(done.articles() / seconds * 10) / 10.0 : 0;
			return new ImportJob(this.id, this.path.toString(), this.state,
					new ImportJob.Files(done.files(), this.total),
					new ImportJob.Articles(done.created(), done.updated(), done.unchanged(), done.rejected()),
					this.startedAt, this.finishedAt, rate, this.error);
		}

	}

}
