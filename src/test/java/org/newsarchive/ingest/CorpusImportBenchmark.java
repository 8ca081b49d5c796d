package org.newsarchive.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jdk.jfr.Recording;

import org.newsarchive.NewsArchiveApplication;
import org.newsarchive.search.ArticleIndex;
import org.newsarchive.search.IndexedArticle;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Imports every collection of {@code ../shared/corpus} (or the folder given as the first
 * argument; further arguments name the collections to import, all by default) through
 * {@link ImportService} as a folder import would, one collection after another, then the
 * whole corpus again. Not a test (surefire runs only {@code *Tests}): run it by hand as
 * {@code docs/benchmarks.md} describes.
 * <p>
 * First, in the same run on the same files, it indexes every article with Lucene alone:
 * the documents {@link ArticleIndex} writes, one {@code IndexWriter}, a commit every
 * 1,000 articles, only the indexing timed (reading and parsing are not). The end-to-end
 * import (decode, parse, store, people, index) is then reported as a share of that rate,
 * with the process's resident size and the index and database size per article.
 * <p>
 * For each collection it prints the files read, the articles per status, every rejected
 * file or entry with its reason, the time and the rate; for the second import it prints
 * the same counts, which must all be UNCHANGED. With {@code -DparseOnly=true} it only
 * reads the collections through the parsers, without a database, and counts.
 */
public final class CorpusImportBenchmark {

	private CorpusImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path corpus = Path.of((args.length > 0) ? args[0] : "../shared/corpus");
		List<Path> collections;
		try (Stream<Path> folders = Files.list(corpus)) {
			collections = folders.filter(Files::isDirectory)
				.filter((folder) -> args.length < 2
						|| List.of(args).subList(1, args.length).contains(folder.getFileName().toString()))
				.sorted()
				.toList();
		}
		if (Boolean.getBoolean("parseOnly")) {
			parseOnly(collections);
			System.exit(0);
		}
		Path data = Files.createTempDirectory("news-archive-corpus");
		Path nothingAtStartup = Files.createDirectory(data.resolve("empty"));
		CoreTime cpu = new CoreTime(data.resolve("postgres"));
		Recording recording = new Recording();
		recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
		recording.start();
		Rate lucene = luceneAlone(collections, data.resolve("lucene-alone"), cpu);
		System.out.printf("Lucene alone: %d articles indexed in %.1f s: %.1f articles/s%n%n", lucene.articles(),
				lucene.seconds(), lucene.perSecond());
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NewsArchiveApplication.class)
			.initializers((context) -> context.getBeanFactory().addBeanPostProcessor(JdbcWaits.INSTANCE))
			.run("--server.port=0", "--archive.database.embedded.data-directory=" + data.resolve("postgres"),
					"--archive.index.directory=" + data.resolve("index"),
					"--archive.ingest.folders=" + nothingAtStartup, "--archive.admin.password=benchmark",
					"--logging.level.root=WARN")) {
			ImportService imports = app.getBean(ImportService.class);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			System.out.println(
					"| collection | files | articles created | updated | unchanged | rejected | time | articles/s |");
			System.out.println("|---|---|---|---|---|---|---|---|");
			List<String> rejections = new ArrayList<>();
			int stored = 0;
			long nanos = 0;
			long storingCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
			boolean statements = statementsCounted(jdbc);
			long[] walBefore = wal(jdbc);
			JdbcWaits.INSTANCE.clear();
			Map<String, Long> cpuBefore = cpu.snapshot();
			Instant importStarted = Instant.now();
			for (Path collection : collections) {
				Tally tally = importFolder(imports, collection, rejections);
				System.out.println(tally.row(collection.getFileName().toString()));
				stored += tally.stored();
				nanos += tally.nanos;
			}
			storingCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - storingCpu;
			Rate archive = new Rate(stored, nanos / 1e9);
			Map<String, Long> cpuImported = cpu.snapshot();
			Instant importEnded = Instant.now();
			printWaits(archive, JdbcWaits.INSTANCE.snapshot(), walBefore, wal(jdbc));
			double readingCpu = threadCpu("import-read-ahead");
			System.out.printf(
					"CPU time (ThreadMXBean) over the %d articles read: storing thread %.1f s, %.2f ms an article; "
							+ "read-ahead %.1f s, %.2f ms an article%n",
					archive.articles(), storingCpu / 1e9, storingCpu / 1e6 / archive.articles(), readingCpu,
					1e3 * readingCpu / archive.articles());
			storiesCaughtUp(jdbc, archive);
			if (statements) {
				printStatements(jdbc, archive);
			}
			if (System.getProperty("dump") != null) {
				dump(jdbc, Path.of(System.getProperty("dump")));
			}
			CoreTime.print("End to end, the import alone (until its last batch is indexed)", cpuBefore, cpuImported,
					archive.articles());
			CoreTime.print("End to end, the import and the story thread catching up", cpuBefore, cpu.snapshot(),
					archive.articles());
			recording.stop();
			Path samples = Path.of(System.getProperty("jfr", data.resolve("import.jfr").toString()));
			recording.dump(samples);
			ExecutionSamples.print(samples, importStarted, importEnded);
			long articles = jdbc.queryForObject("select count(*) from articles", Long.class);
			System.out.printf(
					"%nEnd to end: %d articles in %.1f s: %.1f articles/s, %.0f %% of Lucene alone (%.1f articles/s)%n",
					archive.articles(), archive.seconds(), archive.perSecond(),
					100 * archive.perSecond() / lucene.perSecond(), lucene.perSecond());
			System.out.printf("Resident size of this JVM: %s now, %s at most (the database's processes apart)%n",
					status("VmRSS"), status("VmHWM"));
			long database = jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
			long index = size(data.resolve("index"));
			System.out.printf("Database %.1f MB, %.1f KB an article; index %.1f MB, %.1f KB an article%n",
					database / 1e6, database / 1e3 / articles, index / 1e6, index / 1e3 / articles);
			System.out.printf("%nArticles stored: %d; sources: %d%n",
					jdbc.queryForObject("select count(*) from articles", Long.class),
					jdbc.queryForObject("select count(*) from sources", Long.class));
			jdbc.queryForList("select s.slug, s.name, count(a.id) as n from sources s left join articles a "
					+ "on a.source_id = s.id group by s.slug, s.name order by n desc")
				.forEach((row) -> System.out.printf("  %s (%s): %s%n", row.get("slug"), row.get("name"), row.get("n")));
			System.out.printf("%nRejected (%d):%n", rejections.size());
			rejections.forEach((line) -> System.out.println("  " + line));

			System.out.println("\nSecond import of the same folders:");
			List<String> again = new ArrayList<>();
			for (Path collection : collections) {
				System.out.println(importFolder(imports, collection, again).row(collection.getFileName().toString()));
			}
			System.out.printf("Articles stored after the second import: %d%n",
					jdbc.queryForObject("select count(*) from articles", Long.class));
		}
		finally {
			delete(data);
		}
		System.exit(0);
	}

	/**
	 * Waits until every stored article has its story assigned (on the portal's
	 * {@code story-assignment} thread, behind the import), and prints how long after the
	 * import's end that was and the CPU time the thread took: the share of the import's
	 * time stories cost.
	 */
	private static void storiesCaughtUp(JdbcTemplate jdbc, Rate archive) throws InterruptedException {
		long importEnded = System.nanoTime();
		String behind = "select count(*) from articles a left join story_features f on f.article_id = a.id "
				+ "where f.article_id is null or f.revision <> a.revision";
		while (jdbc.queryForObject(behind, Long.class) > 0) {
			Thread.sleep(200);
		}
		double after = (System.nanoTime() - importEnded) / 1e9;
		double cpu = threadCpu("story-assignment");
		System.out.printf(
				"Stories: all %d articles assigned %.1f s after the import's end (import %.1f s); the story-assignment "
						+ "thread's CPU time %.1f s, %.2f ms an article (features and assignment, in the database)%n",
				archive.articles(), after, archive.seconds(), cpu, 1e3 * cpu / archive.articles());
	}

	/**
	 * Whether the server was started with {@code pg_stat_statements} (see "The database
	 * side of an article" in {@code docs/benchmarks.md}); if so, its statistics start
	 * from zero here.
	 */
	private static boolean statementsCounted(JdbcTemplate jdbc) {
		if (!jdbc.queryForObject("select current_setting('shared_preload_libraries') like '%pg_stat_statements%'",
				Boolean.class)) {
			return false;
		}
		jdbc.execute("create extension if not exists pg_stat_statements");
		jdbc.execute("select pg_stat_statements_reset()");
		jdbc.execute("select pg_stat_reset()");
		return true;
	}

	/**
	 * Every backend's statements and trigger functions since {@link #statementsCounted},
	 * the costliest first, per article read.
	 */
	private static void printStatements(JdbcTemplate jdbc, Rate archive) {
		double n = archive.articles();
		System.out.println("\n| statement | calls an article | rows an article | ms an article | buffers an article |");
		System.out.println("|---|---|---|---|---|");
		jdbc.query("""
				select calls, rows, total_exec_time, shared_blks_hit + shared_blks_read + shared_blks_dirtied,
				left(regexp_replace(query, '\\s+', ' ', 'g'), 160) from pg_stat_statements
				where query not like '%pg_stat_statements%' order by total_exec_time desc limit 30""",
				(RowCallbackHandler) (rs) -> System.out.printf("| %s | %.3f | %.3f | %.3f | %.1f |%n",
						rs.getString(5).replace('|', '/'), rs.getLong(1) / n, rs.getLong(2) / n, rs.getDouble(3) / n,
						rs.getLong(4) / n));
		System.out.println("\n| trigger function | calls an article | ms an article (self) |");
		System.out.println("|---|---|---|");
		jdbc.query("""
				select funcname, calls, self_time from pg_stat_user_functions order by self_time desc""",
				(RowCallbackHandler) (rs) -> System.out.printf("| %s | %.3f | %.3f |%n", rs.getString(1),
						rs.getLong(2) / n, rs.getDouble(3) / n));
	}

	/**
	 * Writes what the import derived, table by table in a stable order, to compare two
	 * runs with {@code diff}: every column but times of day and the import's own records
	 * (runs, results, jobs, the feature log's sequence).
	 */
	private static void dump(JdbcTemplate jdbc, Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		List<String> tables = jdbc.queryForList("""
				select table_name from information_schema.tables where table_schema = 'public'
				and table_type = 'BASE TABLE' and table_name not in ('flyway_schema_history', 'import_runs',
				'import_results', 'import_jobs', 'story_feature_log') order by table_name""", String.class);
		for (String table : tables) {
			String columns = String.join(", ", jdbc.queryForList("""
					select column_name from information_schema.columns where table_schema = 'public'
					and table_name = ? and column_name not like '%\\_at' and data_type <> 'bytea'
					order by ordinal_position""", String.class, table));
			lines.add("## " + table);
			jdbc.query("select " + columns + " from " + table + " order by " + columns, (rs) -> {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					row.append(rs.getString(i)).append('\t');
				}
				lines.add(row.toString());
			});
		}
		Files.write(file, lines);
		System.out.printf("Dumped %d tables, %d lines to %s%n", tables.size(), lines.size(), file);
	}

	/**
	 * PostgreSQL's own count of committed transactions and of the WAL's writes and syncs
	 * (every backend's, as the cumulative statistics hold them): the fsyncs are what a
	 * durable commit waits for.
	 */
	private static long[] wal(JdbcTemplate jdbc) throws InterruptedException {
		// the statistics of other backends reach the shared counters within a second
		Thread.sleep(1500);
		jdbc.execute("select pg_stat_clear_snapshot()");
		return new long[] {
				jdbc.queryForObject("select xact_commit from pg_stat_database where datname = current_database()",
						Long.class),
				jdbc.queryForObject("select coalesce(sum(writes), 0) from pg_stat_io where object = 'wal'", Long.class),
				jdbc.queryForObject("select coalesce(sum(fsyncs), 0) from pg_stat_io where object = 'wal'", Long.class),
				jdbc.queryForObject("select wal_records from pg_stat_wal", Long.class) };
	}

	/**
	 * What each thread asked of the database during the first import, per article: round
	 * trips, rows and the wall time spent waiting for the answers, by kind of statement.
	 */
	private static void printWaits(Rate archive, Map<String, long[]> waits, long[] walBefore, long[] walAfter) {
		long n = archive.articles();
		System.out.printf(
				"%nDatabase per article read (%d): transactions committed %.3f, WAL writes %.3f, "
						+ "WAL fsyncs %.3f, WAL records %.1f%n",
				n, (walAfter[0] - walBefore[0]) / (double) n, (walAfter[1] - walBefore[1]) / (double) n,
				(walAfter[2] - walBefore[2]) / (double) n, (walAfter[3] - walBefore[3]) / (double) n);
		System.out.println("| thread / statement | round trips an article | rows an article | ms an article |");
		System.out.println("|---|---|---|---|");
		Map<String, long[]> threads = new java.util.TreeMap<>();
		waits.forEach((key, tally) -> {
			System.out.printf("| %s | %.3f | %.3f | %.3f |%n", key, tally[0] / (double) n, tally[1] / (double) n,
					tally[2] / (double) n);
			long[] thread = threads.computeIfAbsent(key.substring(0, key.indexOf(" | ")), (name) -> new long[3]);
			for (int i = 0; i < 3; i++) {
				thread[i] += tally[i];
			}
		});
		threads.forEach((thread, tally) -> System.out.printf("| **%s, all** | %.3f | %.3f | %.3f |%n", thread,
				tally[0] / (double) n, tally[1] / (double) n, tally[2] / (double) n));
	}

	/** The CPU time of the portal's thread of that name so far, in seconds. */
	/** The CPU seconds of the thread of that name; 0 before it started. */
	static double threadCpu(String name) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((candidate) -> candidate.getName().equals(name))
			.findFirst()
			.map((thread) -> ManagementFactory.getThreadMXBean().getThreadCpuTime(thread.threadId()) / 1e9)
			.orElse(0.0);
	}

	/**
	 * What the parsers alone read of each collection, with no database: articles and
	 * rejections per collection, and the parsing time.
	 */
	private static void parseOnly(List<Path> collections) throws IOException {
		TextDecoder decoder = new TextDecoder();
		Parsers parsers = new Parsers();
		System.out
			.println("| collection | files | articles read | entries rejected | files rejected | parsers | time |");
		System.out.println("|---|---|---|---|---|---|---|");
		for (Path collection : collections) {
			List<Path> files = CorpusArticles.files(collection);
			int articles = 0;
			int rejectedEntries = 0;
			List<String> rejectedFiles = new ArrayList<>();
			Map<String, Integer> byParser = new java.util.TreeMap<>();
			long started = System.nanoTime();
			for (Path file : files) {
				try {
					ReadFile read = parsers.read(decoder.decode(CorpusArticles.bytes(file)));
					for (ReadEntry entry : read.entries()) {
						if (entry.article() != null) {
							articles++;
							byParser.merge(entry.article().parser(), 1, Integer::sum);
						}
						else {
							rejectedEntries++;
							System.out.println("  rejected " + collection.relativize(file) + " " + entry.entry() + ": "
									+ entry.error());
						}
					}
				}
				catch (UnreadableFileException ex) {
					rejectedFiles.add(collection.relativize(file) + ": " + ex.getMessage());
				}
			}
			System.out.printf("| %s | %d | %d | %d | %d | %s | %.1f s |%n", collection.getFileName(), files.size(),
					articles, rejectedEntries, rejectedFiles.size(), byParser, (System.nanoTime() - started) / 1e9);
			rejectedFiles.forEach((line) -> System.out.println("  rejected file " + line));
		}
	}

	/**
	 * One run per collection, as the import command runs over a folder: each file read
	 * only when the import reaches it.
	 */
	private static Tally importFolder(ImportService imports, Path folder, List<String> rejections) throws IOException {
		List<Path> files = CorpusArticles.files(folder);
		Tally tally = new Tally();
		long started = System.nanoTime();
		imports.importFiles("benchmark:" + folder.getFileName(),
				files.stream()
					.map((file) -> new IncomingFile(folder.relativize(file).toString(), CorpusArticles.bytes(file)))
					.iterator(),
				(result) -> tally.add(result, rejections));
		tally.nanos = System.nanoTime() - started;
		return tally;
	}

	/**
	 * Indexes the articles of the collections with Lucene alone, 1,000 to a commit, as
	 * {@link ArticleIndex} writes them: only the indexing is timed.
	 */
	static Rate luceneAlone(List<Path> collections, Path folder) throws IOException {
		try (CoreTime cpu = new CoreTime(folder)) {
			return luceneAlone(collections, folder, cpu);
		}
	}

	/**
	 * The same, printing the CPU time every thread used while indexing, per article.
	 */
	static Rate luceneAlone(List<Path> collections, Path folder, CoreTime cpu) throws IOException {
		Map<String, Long> before = new TreeMap<>();
		Map<String, Long> after = new TreeMap<>();
		TextDecoder decoder = new TextDecoder();
		Parsers parsers = new Parsers();
		long id = 0;
		long nanos = 0;
		List<IndexedArticle> batch = new ArrayList<>();
		try (ArticleIndex index = new ArticleIndex(folder)) {
			for (Path collection : collections) {
				for (Path file : CorpusArticles.files(collection)) {
					ReadFile read;
					try {
						read = parsers.read(decoder.decode(CorpusArticles.bytes(file)));
					}
					catch (UnreadableFileException ex) {
						continue;
					}
					for (ReadEntry entry : read.entries()) {
						if (entry.article() != null) {
							batch.add(CorpusArticles.indexed(++id, entry.article()));
						}
					}
					if (batch.size() >= 1000) {
						cpu.snapshot().forEach((group, ticks) -> before.merge(group, ticks, Long::sum));
						long started = System.nanoTime();
						index.indexAll(batch);
						nanos += System.nanoTime() - started;
						cpu.snapshot().forEach((group, ticks) -> after.merge(group, ticks, Long::sum));
						batch.clear();
					}
				}
			}
			cpu.snapshot().forEach((group, ticks) -> before.merge(group, ticks, Long::sum));
			long started = System.nanoTime();
			index.indexAll(batch);
			nanos += System.nanoTime() - started;
		}
		// closing waits for the merges under way and commits: part of indexing's CPU
		cpu.snapshot().forEach((group, ticks) -> after.merge(group, ticks, Long::sum));
		CoreTime.print("Lucene alone (while indexing and closing, parsing apart)", before, after, id);
		return new Rate(id, nanos / 1e9);
	}

	/** A line of {@code /proc/self/status}, e.g. the resident size. */
	static String status(String field) throws IOException {
		return Files.readAllLines(Path.of("/proc/self/status"))
			.stream()
			.filter((line) -> line.startsWith(field + ":"))
			.map((line) -> line.substring(field.length() + 1).strip())
			.findFirst()
			.orElse("?");
	}

	static long size(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
	}

	static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

	record Rate(long articles, double seconds) {

		double perSecond() {
			return this.articles / this.seconds;
		}

	}

	private static final class Tally {

		private final Map<ImportStatus, Integer> articles = new EnumMap<>(ImportStatus.class);

		private int files;

		private long nanos;

		void add(ImportResult result, List<String> rejections) {
			this.files++;
			if (result.articles() == null) {
				this.articles.merge(result.status(), 1, Integer::sum);
				if (result.status() == ImportStatus.REJECTED) {
					rejections.add(result.file() + ": " + result.error());
				}
				return;
			}
			for (ImportResult.ArticleResult article : result.articles()) {
				this.articles.merge(article.status(), 1, Integer::sum);
				if (article.status() == ImportStatus.REJECTED) {
					rejections.add(result.file() + " " + article.entry() + ": " + article.error());
				}
			}
		}

		int stored() {
			return count(ImportStatus.CREATED) + count(ImportStatus.UPDATED) + count(ImportStatus.UNCHANGED);
		}

		String row(String collection) {
			int stored = stored();
			double seconds = this.nanos / 1e9;
			return "| %s | %d | %d | %d | %d | %d | %.1f s | %.1f |".formatted(collection, this.files,
					count(ImportStatus.CREATED), count(ImportStatus.UPDATED), count(ImportStatus.UNCHANGED),
					count(ImportStatus.REJECTED), seconds, stored / seconds);
		}

		private int count(ImportStatus status) {
			return this.articles.getOrDefault(status, 0);
		}

	}

}
