package org.newsarchive.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.newsarchive.NewsArchiveApplication;
import org.newsarchive.ingest.CorpusArticles;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Search latency over HTTP on loopback, the index's size and indexing speed. Not a test
 * (surefire runs only {@code *Tests}): run it by hand, on an otherwise idle machine, as
 * described in {@code docs/benchmarks.md}.
 * <p>
 * It starts the application on a temporary data folder with the five seeds, measures
 * {@link SearchIndexer#rebuild()} of the seeds, warms up with 200 requests, then sends
 * each query {@value #ROUNDS} times to {@code /api/search} and prints p50/p99 per query
 * and overall. If {@code ../shared/corpus/chinanews} exists (or the folder given as the
 * first argument: one collection, or the corpus folder for all of its collections), it
 * reads its articles through the import's parsers, indexes them with
 * {@link ArticleIndex#indexAll} and, with {@code ARCHIVE_TEST_OPENSEARCH_URL} set, into
 * OpenSearch, and prints the indexing rate and search p50/p99 of both side by side. With
 * {@code -DcorpusOnly=true} it measures only the corpus.
 */
public final class SearchBenchmark {

	private static final int WARM_UP = 200;

	private static final int ROUNDS = 50;

	private static final List<String> QUERIES = List.of("北约", "北約", "设立联络处", "\"liaison office\"", "北约 -毛宁", "毛宁 OR 普京",
			"offic*", "斯托尔滕贝格 东京");

	private static final List<String> CORPUS_QUERIES = List.of("疫情", "新冠肺炎", "武汉 -湖北", "\"世界卫生组织\"", "美國", "习近平 OR 普京");

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("news-archive-benchmark");
		try {
			if (!Boolean.getBoolean("corpusOnly")) {
				seeds(data);
			}
			Path corpus = Path.of((args.length > 0) ? args[0] : "../shared/corpus/chinanews");
			if (Files.isDirectory(corpus)) {
				corpus(corpus, data.resolve("corpus-index"));
			}
			else {
				System.out.println("No corpus at " + corpus.toAbsolutePath() + "; skipping corpus indexing.");
			}
		}
		finally {
			delete(data);
		}
		System.exit(0);
	}

	private static void seeds(Path data) throws Exception {
		long started = System.nanoTime();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NewsArchiveApplication.class).run(
				"--server.port=0", "--archive.database.embedded.data-directory=" + data.resolve("postgres"),
				"--archive.index.directory=" + data.resolve("index"), "--archive.ingest.folders=seeds",
				"--archive.admin.password=benchmark", "--logging.level.root=WARN")) {
			System.out.printf("Start-up with the seed import: %d ms%n", millisSince(started));
			System.out.printf("Index on disk after start-up: %s%n", size(data.resolve("index")));

			SearchIndexer indexer = app.getBean(SearchIndexer.class);
			long[] rebuilds = new long[7];
			for (int i = 0; i < rebuilds.length; i++) {
				long begin = System.nanoTime();
				indexer.rebuild();
				rebuilds[i] = System.nanoTime() - begin;
			}
			Arrays.sort(rebuilds);
			System.out.printf("Re-indexing the 5 seeds (rebuild(), median of %d): %.1f ms%n", rebuilds.length,
					rebuilds[rebuilds.length / 2] / 1e6);
			System.out.printf("Index on disk after the rebuilds: %s%n", size(data.resolve("index")));

			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient client = HttpClient.newHttpClient();
			for (int i = 0; i < WARM_UP; i++) {
				get(client, port, QUERIES.get(i % QUERIES.size()));
			}
			Map<String, List<Long>> latencies = new LinkedHashMap<>();
			QUERIES.forEach((q) -> latencies.put(q, new ArrayList<>()));
			for (int round = 0; round < ROUNDS; round++) {
				for (String q : QUERIES) {
					long begin = System.nanoTime();
					get(client, port, q);
					latencies.get(q).add(System.nanoTime() - begin);
				}
			}
			System.out.printf("%nLatency of GET /api/search over loopback HTTP, %d requests per query after %d "
					+ "warm-up requests:%n", ROUNDS, WARM_UP);
			System.out.printf("%-24s %8s %8s %8s%n", "query", "p50 ms", "p99 ms", "max ms");
			List<Long> all = new ArrayList<>();
			latencies.forEach((q, times) -> {
				all.addAll(times);
				print(q, times);
			});
			print("all " + all.size(), all);
		}
	}

	/**
	 * Indexes the same articles into the embedded index and, where a node is named, into
	 * OpenSearch, minutes apart in one run, and prints both engines' figures side by
	 * side.
	 */
	private static void corpus(Path folder, Path indexFolder) throws Exception {
		List<Path> collections;
		try (Stream<Path> children = Files.list(folder)) {
			collections = children.filter(Files::isDirectory).sorted().toList();
		}
		if (collections.isEmpty()) {
			collections = List.of(folder);
		}
		long readStarted = System.nanoTime();
		List<IndexedArticle> articles = CorpusArticles.read(collections);
		long chars = articles.stream()
			.mapToLong((a) -> a.title().length() + a.body().stream().mapToLong((t) -> t.value().length()).sum())
			.sum();
		System.out.printf("%nCorpus %s (%s): %d articles, %.1f million characters, read and parsed in %d ms%n", folder,
				collections.stream().map((c) -> c.getFileName().toString()).toList(), articles.size(), chars / 1e6,
				millisSince(readStarted));
		List<Measured> engines = new ArrayList<>();
		try (ArticleIndex index = new ArticleIndex(indexFolder)) {
			engines.add(measure("embedded Lucene", index, new ArticleSearch(index), articles));
			System.out.printf("Embedded index on disk: %s%n", size(indexFolder));
		}
		String openSearch = System.getenv("ARCHIVE_TEST_OPENSEARCH_URL");
		if (openSearch == null || openSearch.isBlank()) {
			System.out.println("ARCHIVE_TEST_OPENSEARCH_URL is not set; skipping OpenSearch.");
		}
		else {
			String alias = "benchmark-" + System.currentTimeMillis();
			try (OpenSearchIndex index = new OpenSearchIndex(URI.create(openSearch), null, null, alias)) {
				engines.add(measure("OpenSearch", index, new OpenSearchSearch(index), articles));
				index.call("DELETE", "/" + alias + "-*", null, false);
			}
		}
		sideBySide(articles.size(), engines);
	}

	/**
	 * Indexes the articles in batches of 200, as {@link SearchIndexer} does, then times
	 * searches in-process (no HTTP to the portal, no database), 50 a query after 20 to
	 * warm up.
	 */
	private static Measured measure(String engine, SearchIndex index, SearchEngine search,
			List<IndexedArticle> articles) {
		System.out.printf("%nIndexing %d articles into %s...%n", articles.size(), engine);
		long started = System.nanoTime();
		for (int from = 0; from < articles.size(); from += 200) {
			index.indexAll(articles.subList(from, Math.min(from + 200, articles.size())));
		}
		int count = index.count();
		double seconds = (System.nanoTime() - started) / 1e9;
		Map<String, long[]> times = new LinkedHashMap<>();
		Map<String, Long> hits = new LinkedHashMap<>();
		for (String q : CORPUS_QUERIES) {
			for (int i = 0; i < 20; i++) {
				search.search(SearchQuery.text(q));
			}
			long[] nanos = new long[50];
			for (int i = 0; i < nanos.length; i++) {
				long begin = System.nanoTime();
				hits.put(q, search.search(SearchQuery.text(q)).total());
				nanos[i] = System.nanoTime() - begin;
			}
			Arrays.sort(nanos);
			times.put(q, nanos);
		}
		return new Measured(engine, count, seconds, times, hits);
	}

	/** One table, a column an engine, in the Markdown of {@code docs/benchmarks.md}. */
	private static void sideBySide(int articles, List<Measured> engines) {
		System.out.printf("%n| %,d articles | %s |%n", articles,
				String.join(" | ", engines.stream().map(Measured::engine).toList()));
		System.out.println("|---" + "|---".repeat(engines.size()) + "|");
		row("articles in the index", engines, (m) -> "%,d".formatted(m.count()));
		row("indexing, batches of 200", engines,
				(m) -> "%.1f s (%.0f articles/s)".formatted(m.seconds(), m.count() / m.seconds()));
		for (String q : CORPUS_QUERIES) {
			row(q + " (" + engines.getFirst().hits().get(q) + " hits), p50 / p99 ms", engines,
					(m) -> latency(m.times().get(q)) + (m.hits().get(q).equals(engines.getFirst().hits().get(q)) ? ""
							: " (" + m.hits().get(q) + " hits)"));
		}
		row("all " + CORPUS_QUERIES.size() * 50 + " searches, p50 / p99 ms", engines,
				(m) -> latency(m.times().values().stream().flatMapToLong(Arrays::stream).sorted().toArray()));
	}

	private static void row(String label, List<Measured> engines, Function<Measured, String> cell) {
		System.out.printf("| %s | %s |%n", label, String.join(" | ", engines.stream().map(cell).toList()));
	}

	private static String latency(long[] sorted) {
		return "%.0f / %.0f".formatted(percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6);
	}

	private static void get(HttpClient client, int port, String q) throws IOException, InterruptedException {
		URI uri = URI
			.create("http://127.0.0.1:" + port + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(q + " answered " + response.statusCode() + ": " + response.body());
		}
	}

	private static void print(String label, List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("%-40s %8.2f %8.2f %8.2f%n", label, percentile(sorted, 50) / 1e6,
				percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6);
	}

	/** The nearest-rank percentile. */
	private static long percentile(long[] sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	/** What one engine did with the corpus; latencies sorted, in nanoseconds. */
	private record Measured(String engine, int count, double seconds, Map<String, long[]> times,
			Map<String, Long> hits) {

	}

	private static long millisSince(long nanoTime) {
		return (System.nanoTime() - nanoTime) / 1_000_000;
	}

	private static String size(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			long bytes = files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
			return (bytes < 1024 * 1024) ? "%.1f KiB".formatted(bytes / 1024.0)
					: "%.1f MiB".formatted(bytes / 1024.0 / 1024.0);
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

}
