package org.newsarchive.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Imports of folders on the server, one at a time on a thread of their own, so that
 * reading never waits for them. Jobs and their progress live in the database: every
 * portal instance on it lists and follows the same jobs, a job is claimed by one runner
 * only ({@code for update skip locked}), and a cancellation asked on any instance reaches
 * it. A job is cancelled between two files: the file under way is finished, and nothing
 * is half stored. Their runs stay in the import history, and a job the end of the portal
 * cut short is shown there as interrupted and finished by the next start. A job records
 * the instance running it, and one whose instance is gone from the database's connections
 * (killed, or cut off) is shown as interrupted on every other instance.
 */
@Service
public class ImportJobs {

	private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

	private static final int REMEMBERED = 20;

	/** A job running on an instance no longer connected to the database. */
	private static final String ORPHANED = """
			j.state = 'RUNNING' and not exists (select 1 from pg_stat_activity a
			      where a.datname = current_database() and a.application_name = j.instance)""";

	private static final String SELECT = """
			select id, path, state, files_done, files_total, created, updated, unchanged, rejected,
			       started_at, finished_at, error, (%s) as orphaned
			from import_jobs j
			""".formatted(ORPHANED);

	private final ImportService imports;

	private final ImportJobProperties properties;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("import-jobs").factory());

	private volatile boolean stopping;

	ImportJobs(ImportService imports, ImportJobProperties properties, Clock clock, JdbcClient jdbc) {
		this.imports = imports;
		this.properties = properties;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Queues an import of a folder (or a file) on the server.
	 * @throws ImportPathException where the path is missing, unreadable or outside the
	 * allowed roots
	 */
	public ImportJob start(String path) {
		Path real = allowed(path);
		long id = this.jdbc.sql("insert into import_jobs (path, state, queued_at) values (?, 'QUEUED', ?) returning id")
			.params(real.toString(), now())
			.query(Long.class)
			.single();
		this.executor.execute(this::runQueued);
		return get(id);
	}

	/** The folders under which a job may import; none means jobs are turned off. */
	public List<Path> allowedRoots() {
		return this.properties.allowedRoots();
	}

	/** A job by its number. */
	public ImportJob get(long id) {
		return withoutOrphans(() -> this.jdbc.sql(SELECT + "where id = ?").param(id).query(this::job).list()).stream()
			.findFirst()
			.orElseThrow(() -> new ImportJobNotFoundException(id));
	}

	/** The last twenty jobs, newest first. */
	public List<ImportJob> recent() {
		return withoutOrphans(
				() -> this.jdbc.sql(SELECT + "order by id desc limit " + REMEMBERED).query(this::job).list());
	}

	/**
	 * The jobs a query reads, where one is running on an instance that is gone marked
	 * interrupted first and the query asked again: following a job, which its page does
	 * every second, is a read, and writes only when its runner has ended.
	 */
	private List<ImportJob> withoutOrphans(Supplier<List<Read>> query) {
		List<Read> jobs = query.get();
		if (jobs.stream().anyMatch(Read::orphaned)) {
			interruptOrphans();
			jobs = query.get();
		}
		return jobs.stream().map(Read::job).toList();
	}

	/**
	 * Stops a job before its next file; a queued job does not start. A job that has ended
	 * stays as it was.
	 */
	public ImportJob cancel(long id) {
		this.jdbc.sql("""
				update import_jobs
				set cancel_requested = true,
				    finished_at = case when state = 'QUEUED' then ? else finished_at end,
				    state = case when state = 'QUEUED' then 'CANCELLED' else state end
				where id = ?
				""").params(now(), id).update();
		return get(id);
	}

	/**
	 * Runs the jobs queued on an instance that stopped before their turn, or queued while
	 * this one was starting.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		interruptOrphans();
		this.executor.execute(this::runQueued);
	}

	/**
	 * Ends the running jobs whose runner is no longer connected to the database: its
	 * process ended without finishing them, so no one else would. Jobs claimed before
	 * runners were recorded have none and count as ended.
	 */
	private void interruptOrphans() {
		this.jdbc.sql("update import_jobs j set state = 'INTERRUPTED', finished_at = ?, error = ? where " + ORPHANED)
			.params(now(),
					"The portal instance running this import ended before it finished: start it again "
							+ "to import the rest (files already stored are found unchanged).")
			.update();
	}

	private void runQueued() {
		Optional<Claimed> next = claim();
		while (next.isPresent() && !this.stopping) {
			run(next.get());
			next = claim();
		}
	}

	/**
	 * Takes the oldest queued job; a job another runner holds is skipped, not waited for.
	 */
	private Optional<Claimed> claim() {
		if (this.stopping) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				update import_jobs set state = 'RUNNING', started_at = ?, instance = current_setting('application_name')
				where id = (select id from import_jobs where state = 'QUEUED' order by id limit 1
				            for update skip locked)
				returning id, path
				""")
			.param(now())
			.query((row, n) -> new Claimed(row.getLong("id"), Path.of(row.getString("path"))))
			.optional();
	}

	private void run(Claimed job) {
		try {
			FileTree tree = new FileTree(List.of(job.path()));
			long total = tree.count();
			this.jdbc.sql("update import_jobs set files_total = ? where id = ?").params(total, job.id()).update();
			Progress progress = new Progress(job.id());
			this.imports.importFiles("job:" + job.path(), tree.files(), progress);
			boolean cutShort = progress.cancelled() && progress.files < total;
			end(job.id(), cutShort ? ImportJob.State.CANCELLED : ImportJob.State.DONE, null);
		}
		catch (RuntimeException ex) {
			logger.warn("Import job {} of {} failed", job.id(), job.path(), ex);
			end(job.id(), ImportJob.State.FAILED, ex.getMessage());
		}
	}

	private void end(long id, ImportJob.State state, String error) {
		this.jdbc.sql("update import_jobs set state = ?, finished_at = ?, error = ? where id = ?")
			.params(state.name(), now(), error, id)
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private Read job(ResultSet row, int number) throws SQLException {
		Instant startedAt = instant(row, "started_at");
		Instant finishedAt = instant(row, "finished_at");
		long created = row.getLong("created");
		long updated = row.getLong("updated");
		long unchanged = row.getLong("unchanged");
		long rejected = row.getLong("rejected");
		double seconds = (startedAt != null)
				? Duration.between(startedAt, (finishedAt != null) ? finishedAt : this.clock.instant()).toMillis()
						/ 1000.0
				: 0;
		long articles = created + updated + unchanged + rejected;
		double rate = (seconds > 0) ? Math.round(articles / seconds * 10) / 10.0 : 0;
		return new Read(
				new ImportJob(row.getLong("id"), row.getString("path"), ImportJob.State.valueOf(row.getString("state")),
						new ImportJob.Files(row.getLong("files_done"), row.getLong("files_total")),
						new ImportJob.Articles(created, updated, unchanged, rejected), startedAt, finishedAt, rate,
						row.getString("error")),
				row.getBoolean("orphaned"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
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
	 * Lets the job under way finish its file, so that the next start has nothing to redo;
	 * jobs still queued wait in the database for the next runner.
	 */
	@PreDestroy
	void stop() throws InterruptedException {
		this.stopping = true;
		this.executor.shutdown();
		this.executor.awaitTermination(30, TimeUnit.SECONDS);
	}

	/** A job this runner has claimed. */
	private record Claimed(long id, Path path) {

	}

	/** A job as read, and whether its runner has gone without ending it. */
	private record Read(ImportJob job, boolean orphaned) {

	}

	/**
	 * Writes a job's progress after every file, and reads whether it was cancelled;
	 * called on the job's thread only.
	 */
	private final class Progress implements ImportListener {

		private final long id;

		private long files;

		Progress(long id) {
			this.id = id;
		}

		@Override
		public void fileDone(ImportResult result) {
			ImportTally file = ImportTally.NONE.plus(result);
			this.files++;
			ImportJobs.this.jdbc.sql("""
					update import_jobs
					set files_done = files_done + 1, created = created + ?, updated = updated + ?,
					    unchanged = unchanged + ?, rejected = rejected + ?
					where id = ?
					""").params(file.created(), file.updated(), file.unchanged(), file.rejected(), this.id).update();
		}

		@Override
		public boolean cancelled() {
			return ImportJobs.this.stopping
					|| ImportJobs.this.jdbc.sql("select cancel_requested from import_jobs where id = ?")
						.param(this.id)
						.query(Boolean.class)
						.single();
		}

	}

}
