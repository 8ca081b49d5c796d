package org.newsarchive.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.newsarchive.NewsArchiveApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import at archive scale: N articles recombined from the corpus
 * ({@link RecombinedCorpus}), indexed first with Lucene alone and then imported end to
 * end through {@link ImportService} in one run, as the {@code import} command imports a
 * folder. Not a test (surefire runs only {@code *Tests}): run it by hand as
 * {@code docs/benchmarks.md} describes.
 * <p>
 * Arguments: {@code N} (default 10,000), the corpus folder (default
 * {@code ../shared/corpus}) and optionally a new data folder to keep, laid out as
 * {@code PagesBenchmark} reads one ({@code PagesBenchmark 0 <corpus> <folder>} then
 * measures the pages of the archive it leaves). System properties: {@code seed} (42),
 * {@code perFile} (articles per JSON Lines file, 500) and {@code slice} (10,000).
 * <p>
 * It prints, for every slice of {@code slice} articles, the wall time and rate and the
 * CPU time the JVM and PostgreSQL spent on it (CPU seconds per 1,000 articles say how the
 * cost grows with the archive even when other processes take the machine's cores); the
 * trend (the last whole slice's rate over the first's); the whole import's rate as a
 * share of Lucene alone's; the resident size of the JVM and PostgreSQL's proportional set
 * size; and the database and index size per article.
 */
public final class ScaleImportBenchmark {

	/** Clock ticks a second of {@code /proc/PID/stat}'s CPU times on Linux. */
	private static final double TICKS = 100.0;

	private ScaleImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		Path corpus = Path.of((args.length > 1) ? args[1] : "../shared/corpus");
		boolean keep = args.length > 2;
		long seed = Long.getLong("seed", 42);
		int perFile = Integer.getInteger("perFile", 500);
		int slice = Integer.getInteger("slice", 10_000);
		Path data = keep ? Path.of(args[2]) : Files.createTempDirectory("news-archive-scale");
		if (keep && Files.exists(data.resolve("postgres"))) {
			throw new IllegalArgumentException(data + " already holds an archive: give a new folder");
		}
		Path set = data.resolve("set");
		set(corpus, count, seed, perFile, set);

		CorpusImportBenchmark.Rate lucene = CorpusImportBenchmark.luceneAlone(List.of(set),
				data.resolve("lucene-alone"));
		System.out.printf("Lucene alone: %,d articles indexed in %.1f s: %.1f articles/s%n%n", lucene.articles(),
				lucene.seconds(), lucene.perSecond());
		CorpusImportBenchmark.delete(data.resolve("lucene-alone"));

		Path nothingAtStartup = Files.createDirectories(data.resolve("empty"));
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NewsArchiveApplication.class).run(
				"--server.port=0", "--archive.database.embedded.data-directory=" + data.resolve("postgres"),
				"--archive.index.directory=" + data.resolve("index"), "--archive.ingest.folders=" + nothingAtStartup,
				"--archive.admin.password=benchmark", "--logging.level.root=WARN")) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			Slices slices = new Slices(slice, data.resolve("postgres"), jdbc);
			app.getBean(ImportService.class)
				.importFiles("benchmark:recombined", new FileTree(List.of(set)).files(), slices::add);
			slices.end();
			ImportTally tally = slices.tally();
			if (Boolean.getBoolean("stories")) {
				slices.storiesCaughtUp();
			}
			double seconds = slices.seconds();
			double rate = (tally.created() + tally.updated() + tally.unchanged()) / seconds;
			System.out.printf(
					"%nEnd to end: %,d articles (%,d created, %,d updated, %,d unchanged, %,d rejected) in %.1f s:"
							+ " %.1f articles/s, %.0f %% of Lucene alone (%.1f articles/s)%n",
					tally.articles(), tally.created(), tally.updated(), tally.unchanged(), tally.rejected(), seconds,
					rate, 100 * rate / lucene.perSecond(), lucene.perSecond());
			System.out.printf("Resident: this JVM %s now, %s at most; PostgreSQL %,d kB (proportional set size)%n",
					CorpusImportBenchmark.status("VmRSS"), CorpusImportBenchmark.status("VmHWM"),
					Postgres.of(data.resolve("postgres")).proportionalKilobytes());
			long articles = jdbc.queryForObject("select count(*) from articles", Long.class);
			long database = jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
			long index = CorpusImportBenchmark.size(data.resolve("index"));
			System.out.printf("Database %.1f MB, %.1f KB an article; index %.1f MB, %.1f KB an article%n",
					database / 1e6, database / 1e3 / articles, index / 1e6, index / 1e3 / articles);
			System.out.printf("Stored: %,d articles, %,d sources, %,d entities, %,d mentions%n", articles,
					jdbc.queryForObject("select count(*) from sources", Long.class),
					jdbc.queryForObject("select count(*) from entities", Long.class),
					jdbc.queryForObject("select count(*) from mentions", Long.class));
		}
		finally {
			if (!keep) {
				CorpusImportBenchmark.delete(data);
			}
		}
		System.exit(0);
	}

	/** Writes the set, the corpus held only while it is written. */
	private static void set(Path corpus, int count, long seed, int perFile, Path set) throws IOException {
		long started = System.nanoTime();
		RecombinedCorpus recombined = RecombinedCorpus.read(corpus);
		RecombinedCorpus.Written written = recombined.write(count, seed, perFile, set);
		System.out.printf(
				"Set: %,d articles in %,d files of %d from %,d corpus articles (%,d skipped), seed %d, %d–%d"
						+ " (dates back %d years a pass); paragraphs %.3f× the templates' length; made in %.0f s%n",
				written.articles(), written.files(), perFile, recombined.size(), recombined.skipped(), seed,
				written.firstYear(), written.lastYear(), recombined.yearsPerPass(),
				(double) written.characters() / written.templateCharacters(), (System.nanoTime() - started) / 1e9);
	}

	/**
	 * The import's progress, cut each time another {@code size} articles are done and
	 * printed as it is cut, so that a run stopped early has reported its slices: a slice
	 * ends with the file that reaches its bound, so slices are as exact as the files are
	 * small.
	 */
	private static final class Slices {

		private final int size;

		private final Path postgres;

		private final JdbcTemplate jdbc;

		private final List<Cut> cuts = new ArrayList<>();

		private final List<Double> wholeSliceRates = new ArrayList<>();

		private ImportTally tally = ImportTally.NONE;

		Slices(int size, Path postgres, JdbcTemplate jdbc) {
			this.size = size;
			this.postgres = postgres;
			this.jdbc = jdbc;
			this.cuts.add(cut());
			System.out.println("| articles | slice | wall s | articles/s | JVM CPU s / 1,000 |"
					+ " PostgreSQL CPU s / 1,000 | story thread: assigned, CPU ms an article assigned |"
					+ " arrivals waiting | load average |");
			System.out.println("|---|---|---|---|---|---|---|---|---|");
		}

		/** Called on the import's thread as each file is recorded. */
		synchronized void add(ImportResult result) {
			long before = this.tally.articles() / this.size;
			this.tally = this.tally.plus(result);
			if (this.tally.articles() / this.size > before) {
				cutAndPrint();
			}
		}

		/** Prints the last slice, whole or not, and the trend over the whole slices. */
		synchronized void end() {
			if (this.cuts.getLast().articles() < this.tally.articles()) {
				cutAndPrint();
			}
			if (this.wholeSliceRates.size() > 1) {
				System.out.printf("Trend: the last whole slice at %.2f× the first's rate%n",
						this.wholeSliceRates.getLast() / this.wholeSliceRates.getFirst());
			}
		}

		synchronized ImportTally tally() {
			return this.tally;
		}

		synchronized double seconds() {
			return (this.cuts.getLast().nanos() - this.cuts.getFirst().nanos()) / 1e9;
		}

		private void cutAndPrint() {
			Cut from = this.cuts.getLast();
			Cut to = cut();
			this.cuts.add(to);
			long articles = to.articles() - from.articles();
			double seconds = (to.nanos() - from.nanos()) / 1e9;
			if (articles >= this.size) {
				this.wholeSliceRates.add(articles / seconds);
			}
			long assigned = to.assigned() - from.assigned();
			System.out.printf("| %,d | %,d | %.1f | %.1f | %.2f | %.2f | %,d, %.2f | %,d | %s |%n", to.articles(),
					articles, seconds, articles / seconds, (to.jvmCpu() - from.jvmCpu()) * 1000 / articles,
					(to.postgresCpu() - from.postgresCpu()) * 1000 / articles, assigned,
					(assigned > 0) ? (to.storyCpu() - from.storyCpu()) * 1000 / assigned : 0,
					to.stored() - to.assigned(), to.load());
		}

		/**
		 * Waits until the story thread has assigned every article stored, printing its
		 * progress each {@code size} articles, and how long after the import's end it was
		 * done.
		 */
		synchronized void storiesCaughtUp() throws InterruptedException {
			long importEnded = System.nanoTime();
			Cut from = cut();
			Cut last = from;
			while (last.assigned() < last.stored()) {
				Thread.sleep(1_000);
				Cut now = cut();
				if (now.assigned() / this.size > last.assigned() / this.size || now.assigned() >= now.stored()) {
					long assigned = now.assigned() - last.assigned();
					System.out.printf(
							"Stories after the import: %,d assigned (%,d waiting) at %.0f s, %.2f ms of the "
									+ "story thread's CPU an article; load %s%n",
							now.assigned(), now.stored() - now.assigned(), (System.nanoTime() - importEnded) / 1e9,
							(assigned > 0) ? (now.storyCpu() - last.storyCpu()) * 1000 / assigned : 0, now.load());
					last = now;
				}
			}
			System.out.printf(
					"Stories: all assigned %.1f s after the import's end; the story thread's CPU %.1f s in all%n",
					(System.nanoTime() - importEnded) / 1e9, last.storyCpu());
		}

		private Cut cut() {
			try {
				String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
				return new Cut(this.tally.articles(), System.nanoTime(),
						((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
							.getProcessCpuTime() / 1e9,
						Files.exists(this.postgres.resolve("postmaster.pid")) ? Postgres.of(this.postgres).cpuSeconds()
								: 0,
						CorpusImportBenchmark.threadCpu("story-assignment"),
						this.jdbc.queryForObject("select count(*) from articles", Long.class),
						this.jdbc.queryForObject("select count(*) from story_features", Long.class),
						String.join(" ", Arrays.asList(load).subList(0, 3)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * The load average is the system's over 1, 5 and 15 minutes at the cut.
	 *
	 * @param storyCpu the story thread's CPU seconds so far
	 * @param stored the articles in the archive
	 * @param assigned the articles with their features stored, assigned to a story or to
	 * none
	 */
	private record Cut(long articles, long nanos, double jvmCpu, double postgresCpu, double storyCpu, long stored,
			long assigned, String load) {

	}

	/**
	 * The embedded PostgreSQL's processes: its postmaster (named by the data folder's
	 * {@code postmaster.pid}) and the postmaster's children, read from {@code /proc}.
	 */
	private record Postgres(long postmaster, List<Long> children) {

		static Postgres of(Path dataDirectory) throws IOException {
			long postmaster = Long
				.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
			List<Long> children = new ArrayList<>();
			try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
				for (Path process : processes.filter((p) -> p.getFileName().toString().matches("\\d+")).toList()) {
					String[] stat = stat(process);
					if (stat != null && Long.parseLong(stat[1]) == postmaster) {
						children.add(Long.parseLong(process.getFileName().toString()));
					}
				}
			}
			return new Postgres(postmaster, children);
		}

		/**
		 * CPU time of the postmaster, of its children that have ended (counted in its
		 * own) and of those still running.
		 */
		double cpuSeconds() {
			String[] own = stat(Path.of("/proc/" + this.postmaster));
			long ticks = (own != null) ? ticks(own, 11) + ticks(own, 12) + ticks(own, 13) + ticks(own, 14) : 0;
			for (long child : this.children) {
				String[] stat = stat(Path.of("/proc/" + child));
				if (stat != null) {
					ticks += ticks(stat, 11) + ticks(stat, 12);
				}
			}
			return ticks / TICKS;
		}

		/** The processes' shared pages counted once, each process's own in full. */
		long proportionalKilobytes() throws IOException {
			long kilobytes = 0;
			List<Long> all = new ArrayList<>(this.children);
			all.add(this.postmaster);
			for (long pid : all) {
				Path rollup = Path.of("/proc/" + pid + "/smaps_rollup");
				if (Files.isReadable(rollup)) {
					kilobytes += Files.readAllLines(rollup)
						.stream()
						.filter((line) -> line.startsWith("Pss:"))
						.mapToLong((line) -> Long.parseLong(line.replaceAll("\\D", "")))
						.sum();
				}
			}
			return kilobytes;
		}

		/**
		 * The fields of {@code /proc/PID/stat} after the command's name (which may hold
		 * spaces): [0] state, [1] parent, [11] utime … [14] cstime; null once it ended.
		 */
		private static String[] stat(Path process) {
			try {
				String stat = Files.readString(process.resolve("stat"));
				return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			}
			catch (IOException ex) {
				return null;
			}
		}

		private static long ticks(String[] stat, int field) {
			return Long.parseLong(stat[field]);
		}

	}

}
