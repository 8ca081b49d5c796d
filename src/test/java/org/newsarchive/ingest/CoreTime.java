package org.newsarchive.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The CPU time every thread of this JVM and every process of the embedded PostgreSQL
 * server used, read from {@code /proc} ({@code utime + stime}, in clock ticks of 10 ms),
 * grouped by what they do. ThreadMXBean sees only Java threads; the JVM's garbage
 * collector and JIT compiler threads and the database's processes are where much of an
 * article's cost goes, so they are read here too.
 * <p>
 * A thread that ends (a Lucene merge, a pool's idle thread) takes its time out of
 * {@code /proc/self/task}, so a sampler reads the threads every second and keeps each
 * one's last figure; what ended between two samples is counted as "JVM, threads ended
 * unseen" from the process's own total, which counts every thread. A database backend
 * that ends is reaped by the postmaster, whose {@code cutime + cstime} then hold its
 * time.
 */
final class CoreTime implements AutoCloseable {

	private static final double MS_A_TICK = 10;

	private static final Map<String, String> JVM_GROUPS = jvmGroups();

	private final Path postgresData;

	private final Map<String, long[]> threads = new ConcurrentHashMap<>();

	private final Thread sampler;

	private final ByteBuffer buffer = ByteBuffer.allocate(4096);

	CoreTime(Path postgresData) {
		this.postgresData = postgresData;
		this.sampler = Thread.ofPlatform().daemon().name("core-time").start(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				sampleThreads();
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
	}

	/** Clock ticks by group, so far: the JVM's thread groups, then PostgreSQL's. */
	Map<String, Long> snapshot() {
		sampleThreads();
		Map<String, Long> groups = new TreeMap<>();
		long seen = 0;
		for (Map.Entry<String, long[]> thread : this.threads.entrySet()) {
			String name = thread.getKey().substring(thread.getKey().indexOf(' ') + 1);
			groups.merge("JVM: " + jvmGroup(name), thread.getValue()[0], Long::sum);
			seen += thread.getValue()[0];
		}
		long[] process = ticks(Path.of("/proc/self/stat"));
		groups.merge("JVM: threads ended unseen", Math.max(0, process[0] - seen), Long::sum);
		groups.putAll(postgres());
		return groups;
	}

	/**
	 * Prints milliseconds of CPU per article by group between two snapshots, with each
	 * group's share and the JVM's and PostgreSQL's totals.
	 */
	static void print(String title, Map<String, Long> before, Map<String, Long> after, long articles) {
		Map<String, Long> spent = new LinkedHashMap<>();
		after.forEach((group, ticks) -> spent.put(group, ticks - before.getOrDefault(group, 0L)));
		long all = spent.values().stream().mapToLong(Long::longValue).sum();
		System.out.printf("%n%s: CPU ms an article (/proc, %d articles)%n", title, articles);
		System.out.println("| group | ms an article | share |");
		System.out.println("|---|---|---|");
		List<Map.Entry<String, Long>> rows = new ArrayList<>(spent.entrySet());
		rows.sort(Map.Entry.<String, Long>comparingByValue().reversed());
		for (Map.Entry<String, Long> row : rows) {
			if (row.getValue() > 0) {
				System.out.printf("| %s | %.2f | %.0f %% |%n", row.getKey(), row.getValue() * MS_A_TICK / articles,
						100.0 * row.getValue() / all);
			}
		}
		Function<String, Long> total = (prefix) -> spent.entrySet()
			.stream()
			.filter((row) -> row.getKey().startsWith(prefix))
			.mapToLong(Map.Entry::getValue)
			.sum();
		System.out.printf("| **JVM, all** | **%.2f** | %.0f %% |%n", total.apply("JVM") * MS_A_TICK / articles,
				100.0 * total.apply("JVM") / all);
		System.out.printf("| JVM: GC, all | %.2f | %.0f %% |%n", total.apply("JVM: GC") * MS_A_TICK / articles,
				100.0 * total.apply("JVM: GC") / all);
		System.out.printf("| **PostgreSQL, all** | **%.2f** | %.0f %% |%n",
				total.apply("PostgreSQL") * MS_A_TICK / articles, 100.0 * total.apply("PostgreSQL") / all);
		System.out.printf("| **all** | **%.2f** | |%n", all * MS_A_TICK / articles);
	}

	@Override
	public void close() {
		this.sampler.interrupt();
	}

	/**
	 * Reads each thread's name and ticks into one buffer: {@code Files.readString} of a
	 * {@code /proc} file (size 0) allocates 8 KB a read, which at a sample a second of
	 * some sixty threads was a tenth of a small import's allocation, and so of its GC.
	 */
	private synchronized void sampleThreads() {
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
			for (Path task : tasks) {
				try {
					String thread = task.getFileName() + " " + read(task.resolve("comm")).strip();
					long ticks = ticks(read(task.resolve("stat")))[0];
					this.threads.computeIfAbsent(thread, (key) -> new long[1])[0] = ticks;
				}
				catch (IOException ex) {
					// the thread ended between listing and reading: its last sample
					// stands
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String read(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file)) {
			this.buffer.clear();
			// the kernel gives a task's stat line (a few hundred bytes) in one read
			channel.read(this.buffer);
			this.buffer.flip();
			return StandardCharsets.ISO_8859_1.decode(this.buffer).toString();
		}
	}

	private Map<String, Long> postgres() {
		Map<String, Long> groups = new TreeMap<>();
		long postmaster;
		try {
			postmaster = Long.parseLong(Files.readAllLines(this.postgresData.resolve("postmaster.pid")).get(0).strip());
		}
		catch (IOException ex) {
			return groups;
		}
		long[] own = ticks(Path.of("/proc/" + postmaster + "/stat"));
		groups.put("PostgreSQL: postmaster", own[0]);
		groups.put("PostgreSQL: ended processes (reaped)", own[1]);
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path process : processes) {
				try {
					String stat = Files.readString(process.resolve("stat"));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					if (Long.parseLong(fields[1]) == postmaster) {
						String title = Files.readString(process.resolve("cmdline")).replace('\0', ' ').strip();
						groups.merge("PostgreSQL: " + postgresGroup(title),
								Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
					}
				}
				catch (IOException | RuntimeException ex) {
					// not a process of ours, or it ended: the postmaster's children times
					// hold it
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return groups;
	}

	/** {@code utime + stime} and {@code cutime + cstime} of a {@code stat} file. */
	private static long[] ticks(Path stat) {
		try {
			return ticks(Files.readString(stat));
		}
		catch (IOException ex) {
			return new long[2];
		}
	}

	private static long[] ticks(String line) {
		String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
		return new long[] { Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
				Long.parseLong(fields[13]) + Long.parseLong(fields[14]) };
	}

	private static String postgresGroup(String title) {
		if (title.startsWith("postgres: postgres ")) {
			return "client backends";
		}
		if (title.startsWith("postgres: autovacuum")) {
			return "autovacuum";
		}
		if (title.startsWith("postgres: ")) {
			return title.substring("postgres: ".length()).split(" ")[0];
		}
		return "other";
	}

	/** Thread names as {@code /proc} has them: the first 15 characters. */
	private static Map<String, String> jvmGroups() {
		Map<String, String> groups = new LinkedHashMap<>();
		groups.put("java", "main thread (import: store, index; Lucene alone: index)");
		groups.put("import-read-ahe", "read-ahead (decode, parse, people)");
		groups.put("story-assignmen", "story thread");
		groups.put("Lucene Merge Th", "Lucene merges");
		groups.put("index-commit", "index commits");
		// the collector's kinds of work apart: its pauses' workers, and G1's concurrent
		// marking and its refinement of the cards its write barriers dirty
		groups.put("GC Thread", "GC: pauses");
		groups.put("G1 Conc", "GC: G1 concurrent marking");
		groups.put("G1 Main Marker", "GC: G1 concurrent marking");
		groups.put("G1 Refine", "GC: G1 refinement");
		groups.put("G1 ", "GC: G1 other");
		groups.put("C1 CompilerThre", "JIT");
		groups.put("C2 CompilerThre", "JIT");
		groups.put("HikariPool", "connection pool");
		groups.put("JFR ", "JFR");
		groups.put("core-time", "this accounting");
		return groups;
	}

	private static String jvmGroup(String name) {
		return JVM_GROUPS.entrySet()
			.stream()
			.filter((group) -> name.startsWith(group.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("other");
	}

}
