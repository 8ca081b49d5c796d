package org.newsarchive.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

/**
 * Many readers at once, while files are being imported: a bounded load test against a
 * running portal on loopback. Not a test (surefire runs only {@code *Tests}): run it by
 * hand against the packaged jar, as {@code docs/benchmarks.md} describes.
 * <p>
 * {@code connections} workers (64 by default), each with a request in flight at a time,
 * send requests for {@code seconds} (60 by default, after a 5 s warm-up that is not
 * counted) and never more than {@value #MAX_REQUESTS} requests in all; {@code pages}
 * mixes the home, search, article, person and source pages with {@code /api/search},
 * {@code api} uses the JSON API alone. Meanwhile one admin uploads copies of the seeds
 * with changed bytes, one request of five files after another: three new articles and two
 * newer copies of stored ones each time. It prints requests per second, p50/p99 per kind
 * of request and overall, errors, 5xx, and the server's memory before and after (resident
 * set from {@code /proc}, heap after a full collection from {@code jcmd}). Only
 * {@code 127.0.0.1} is accepted as the address.
 */
public final class LoadBenchmark {

	private static final long MAX_REQUESTS = 5_000_000;

	private static final Duration WARM_UP = Duration.ofSeconds(5);

	private static final List<String> QUERIES = List.of("北约", "北約", "设立联络处", "\"liaison office\"", "北约 -毛宁", "毛宁 OR 普京",
			"offic*", "斯托尔滕贝格 东京", "Stoltenberg");

	private final URI base;

	private final HttpClient client;

	private final List<Long> articles;

	private final List<Long> people;

	private final List<String> sources;

	private LoadBenchmark(URI base, HttpClient client) throws Exception {
		this.base = base;
		this.client = client;
		this.articles = ids(JsonPath.read(get("/api/articles?size=100").body(), "$.items[*].id"));
		this.people = ids(JsonPath.read(get("/api/people").body(), "$[*].id"));
		this.sources = JsonPath.read(get("/api/sources").body(), "$[*].slug");
	}

	/**
	 * Arguments: the portal's address ({@code http://127.0.0.1:PORT}), its process id,
	 * {@code pages} or {@code api}, the number of connections, the seconds to run, the
	 * seeds folder. The admin password is read from {@code ARCHIVE_ADMIN_PASSWORD}.
	 */
	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		if (!"127.0.0.1".equals(base.getHost())) {
			throw new IllegalArgumentException("Load is only ever sent to 127.0.0.1, not " + base.getHost());
		}
		long pid = Long.parseLong(args[1]);
		boolean api = args.length > 2 && args[2].equals("api");
		int connections = (args.length > 3) ? Integer.parseInt(args[3]) : 64;
		Duration duration = Duration.ofSeconds((args.length > 4) ? Long.parseLong(args[4]) : 60);
		Path seeds = Path.of((args.length > 5) ? args[5] : "seeds");
		String password = System.getenv("ARCHIVE_ADMIN_PASSWORD");

		ExecutorService threads = Executors.newFixedThreadPool(connections + 1);
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		LoadBenchmark benchmark = new LoadBenchmark(base, client);
		System.out.printf("%s: %d articles, %d people, %d sources to read; %d connections for %d s (%s)%n", base,
				benchmark.articles.size(), benchmark.people.size(), benchmark.sources.size(), connections,
				duration.toSeconds(), api ? "JSON API alone" : "pages and /api/search");
		System.out.println("Before: " + memory(pid));

		benchmark.run(threads, connections, WARM_UP, api, false);
		Importer importer = new Importer(benchmark, seeds, password);
		Future<?> importing = threads.submit(importer);
		double cpuBefore = cpuSeconds(pid);
		Results results = benchmark.run(threads, connections, duration, api, true);
		double cpu = cpuSeconds(pid) - cpuBefore;
		importer.stop();
		importing.get();
		threads.shutdown();

		results.print();
		System.out.printf("Server CPU time meanwhile: %.1f s in %d s (%.2f cores busy), %.0f requests per CPU second%n",
				cpu, duration.toSeconds(), cpu / duration.toSeconds(), results.total() / cpu);
		System.out.printf("Imports meanwhile: %d requests of 5 files, statuses %s, %d failed requests%n",
				importer.requests.get(), new TreeMap<>(importer.statuses), importer.failures.get());
		System.out.println("After: " + memory(pid));
		System.exit((results.errors() + results.serverErrors() + importer.failures.get() == 0) ? 0 : 1);
	}

	private Results run(ExecutorService threads, int connections, Duration duration, boolean api, boolean counted)
			throws Exception {
		long deadline = System.nanoTime() + duration.toNanos();
		AtomicLong sent = new AtomicLong();
		Results results = new Results(duration);
		List<Future<?>> workers = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			workers.add(threads.submit(() -> {
				while (System.nanoTime() < deadline && sent.incrementAndGet() <= MAX_REQUESTS) {
					Request request = api ? apiRequest() : pageRequest();
					long started = System.nanoTime();
					try {
						HttpResponse<byte[]> response = this.client
							.send(HttpRequest.newBuilder(this.base.resolve(request.path()))
								.timeout(Duration.ofSeconds(30))
								.build(), HttpResponse.BodyHandlers.ofByteArray());
						results.record(request.kind(), response.statusCode(), System.nanoTime() - started,
								request.path());
					}
					catch (IOException ex) {
						results.error(request.kind(), request.path() + ": " + ex);
					}
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		return counted ? results : null;
	}

	private Request pageRequest() {
		return switch (ThreadLocalRandom.current().nextInt(6)) {
			case 0 -> new Request("home", "/");
			case 1 -> new Request("search page", "/search?q=" + query());
			case 2 -> new Request("article page", "/articles/" + any(this.articles));
			case 3 -> new Request("person page", "/people/" + any(this.people));
			case 4 -> new Request("source page", "/sources/" + any(this.sources));
			default -> new Request("api search", "/api/search?q=" + query());
		};
	}

	private Request apiRequest() {
		return switch (ThreadLocalRandom.current().nextInt(6)) {
			case 0 -> new Request("api articles", "/api/articles?size=20");
			case 1 -> new Request("api article", "/api/articles/" + any(this.articles));
			case 2 -> new Request("api people", "/api/people?prefix=" + encode("斯"));
			case 3 -> new Request("api person", "/api/people/" + any(this.people));
			case 4 -> new Request("api source", "/api/sources/" + any(this.sources));
			default -> new Request("api search", "/api/search?q=" + query());
		};
	}

	private static String query() {
		return encode(any(QUERIES));
	}

	private static <T> T any(List<T> values) {
		return values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(this.base.resolve(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return response;
	}

	private static List<Long> ids(List<Number> numbers) {
		return numbers.stream().map(Number::longValue).toList();
	}

	/** The resident set of the server process and its heap after a full collection. */
	private static String memory(long pid) throws IOException, InterruptedException {
		String status = Files.readString(Path.of("/proc/" + pid + "/status"));
		Matcher rss = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(status);
		jcmd(pid, "GC.run");
		Matcher heap = Pattern.compile("committed (\\d+)K, used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
		if (!rss.find() || !heap.find()) {
			throw new IllegalStateException("no memory figures for process " + pid);
		}
		return "RSS %d MiB, heap used after a full GC %d MiB of %d MiB committed".formatted(
				Long.parseLong(rss.group(1)) / 1024, Long.parseLong(heap.group(2)) / 1024,
				Long.parseLong(heap.group(1)) / 1024);
	}

	/**
	 * User and system CPU time of a process, from {@code /proc/PID/stat} (in clock ticks
	 * of 1/100 s): on a machine others use too, the share the server got.
	 */
	private static double cpuSeconds(long pid) throws IOException {
		String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
	}

	private static String jcmd(long pid, String command) throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
		String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		jcmd.waitFor();
		return output;
	}

	private record Request(String kind, String path) {

	}

	/** Latencies and failures, per kind of request. */
	private static final class Results {

		private final Duration duration;

		private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();

		private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();

		private final AtomicLong errors = new AtomicLong();

		private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

		Results(Duration duration) {
			this.duration = duration;
		}

		void record(String kind, int status, long nanos, String path) {
			this.statuses.computeIfAbsent(status, (s) -> new AtomicLong()).incrementAndGet();
			if (status != 200) {
				note(status + " " + path);
				return;
			}
			List<Long> times = this.latencies.computeIfAbsent(kind,
					(k) -> Collections.synchronizedList(new ArrayList<>()));
			times.add(nanos);
		}

		void error(String kind, String what) {
			this.errors.incrementAndGet();
			note(kind + " " + what);
		}

		private void note(String failure) {
			if (this.failures.size() < 20) {
				this.failures.add(failure);
			}
		}

		long errors() {
			return this.errors.get();
		}

		long total() {
			return this.statuses.values().stream().mapToLong(AtomicLong::get).sum() + this.errors.get();
		}

		long serverErrors() {
			return this.statuses.entrySet()
				.stream()
				.filter((e) -> e.getKey() >= 500)
				.mapToLong((e) -> e.getValue().get())
				.sum();
		}

		void print() {
			List<Long> all = new ArrayList<>();
			System.out.printf("%n%-14s %9s %9s %9s %9s%n", "request", "count", "p50 ms", "p99 ms", "max ms");
			new TreeMap<>(this.latencies).forEach((kind, times) -> {
				all.addAll(times);
				print(kind, times);
			});
			print("all", all);
			long total = total();
			System.out.printf("%d requests in %d s: %.0f requests/s; statuses %s; %d errors (no answer), %d 5xx%n",
					total, this.duration.toSeconds(), total / (double) this.duration.toSeconds(),
					new TreeMap<>(this.statuses), this.errors.get(), serverErrors());
			this.failures.forEach((failure) -> System.out.println("  failed: " + failure));
		}

		private static void print(String label, List<Long> nanos) {
			long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
			if (sorted.length > 0) {
				System.out.printf("%-14s %9d %9.1f %9.1f %9.1f%n", label, sorted.length, percentile(sorted, 50) / 1e6,
						percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6);
			}
		}

		/** The nearest-rank percentile. */
		private static long percentile(long[] sorted, int p) {
			int rank = (int) Math.ceil(p / 100.0 * sorted.length);
			return sorted[Math.max(0, rank - 1)];
		}

	}

	/**
	 * Uploads the seeds again and again: the two RFI articles at new addresses and the
	 * BBC one under a new title (new articles), the Guancha and China Military ones with
	 * a line added at the end (newer copies of stored articles).
	 */
	private static final class Importer implements Runnable {

		private final LoadBenchmark benchmark;

		private final Map<String, String> seeds = new TreeMap<>();

		private final String authorization;

		private final AtomicLong requests = new AtomicLong();

		private final AtomicLong failures = new AtomicLong();

		private final Map<String, Long> statuses = new ConcurrentHashMap<>();

		private volatile boolean running = true;

		Importer(LoadBenchmark benchmark, Path folder, String password) throws IOException {
			this.benchmark = benchmark;
			try (var files = Files.list(folder)) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).toList()) {
					this.seeds.put(file.getFileName().toString(),
							new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
				}
			}
			this.authorization = "Basic "
					+ Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
		}

		void stop() {
			this.running = false;
		}

		@Override
		public void run() {
			for (long round = 0; this.running && round < MAX_REQUESTS; round++) {
				try {
					upload(round);
				}
				catch (IOException | RuntimeException ex) {
					this.failures.incrementAndGet();
					System.out.println("  import failed: " + ex);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

		private void upload(long round) throws IOException, InterruptedException {
			String boundary = "load-benchmark-" + round;
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			String marker = "load" + System.nanoTime() + "-";
			this.seeds.forEach((name, text) -> {
				String copy = text.replace("/20230218-", "/20230218-" + marker)
					.replace("/20230613-", "/20230613-" + marker)
					.replace("乌克兰战争催生亚洲“小北约”？", "乌克兰战争催生亚洲“小北约”？" + marker);
				if (copy.equals(text)) {
					copy = text + "\n" + marker + "\n";
				}
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
						+ name + "\"\r\nContent-Type: text/plain\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.writeBytes(copy.getBytes(StandardCharsets.UTF_8));
				body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			});
			body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> response = this.benchmark.client
				.send(HttpRequest.newBuilder(this.benchmark.base.resolve("/api/imports"))
					.header("Authorization", this.authorization)
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.timeout(Duration.ofSeconds(120))
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
					.build(), HttpResponse.BodyHandlers.ofString());
			this.requests.incrementAndGet();
			if (response.statusCode() != 200) {
				throw new IllegalStateException("POST /api/imports answered " + response.statusCode() + ": "
						+ response.body().substring(0, Math.min(300, response.body().length())));
			}
			List<String> results = JsonPath.read(response.body(), "$[*].status");
			results.forEach((status) -> this.statuses.merge(status, 1L, Long::sum));
			if (results.contains("REJECTED")) {
				this.failures.incrementAndGet();
				System.out
					.println("  rejected: " + response.body().substring(0, Math.min(500, response.body().length())));
			}
		}

	}

}
