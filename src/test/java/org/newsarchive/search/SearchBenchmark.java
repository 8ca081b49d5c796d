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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.newsarchive.NewsArchiveApplication;
import org.w3c.dom.Document;

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
 * first argument), it also indexes that corpus into a temporary index with
 * {@link ArticleIndex#indexAll} and reports articles per second and the size on disk.
 */
public final class SearchBenchmark {

	private static final int WARM_UP = 200;

	private static final int ROUNDS = 50;

	private static final List<String> QUERIES = List.of("北约", "北約", "设立联络处", "\"liaison office\"", "北约 -毛宁", "毛宁 OR 普京",
			"offic*", "斯托尔滕贝格 东京");

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("news-archive-benchmark");
		try {
			seeds(data);
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

	private static void corpus(Path folder, Path indexFolder) throws Exception {
		List<IndexedArticle> articles = new ArrayList<>();
		DocumentBuilder xml = DocumentBuilderFactory.newInstance().newDocumentBuilder();
		DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("uuuu-M-d H:mm:ss");
		long id = 1;
		long readStarted = System.nanoTime();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".xml")).sorted().toList()) {
				Document doc;
				try {
					doc = xml.parse(file.toFile());
				}
				catch (org.xml.sax.SAXException ex) {
					System.out.println("Skipped " + file.getFileName() + ": " + ex.getMessage());
					continue;
				}
				String title = text(doc, "title");
				String body = text(doc, "body");
				if (title.isBlank() || body.isBlank()) {
					continue;
				}
				List<IndexedArticle.Text> paragraphs = body.lines()
					.map(String::strip)
					.filter((line) -> !line.isEmpty())
					.map((line) -> new IndexedArticle.Text(line, "zh-Hans"))
					.toList();
				Long earliest = null;
				String precision = null;
				String value = null;
				try {
					var published = LocalDateTime.parse(text(doc, "datetime").strip(), dateTime)
						.atOffset(ZoneOffset.ofHours(8));
					earliest = published.toInstant().toEpochMilli();
					precision = "SECOND";
					value = published.toString();
				}
				catch (RuntimeException ex) {
					// undated
				}
				articles.add(new IndexedArticle(id++, title.strip(), null, null, paragraphs, List.of(), List.of(),
						"chinanews", "中国新闻网", earliest, precision, value, List.of("zh-Hans"), List.of(), List.of(), 1));
			}
		}
		long chars = articles.stream()
			.mapToLong((a) -> a.title().length() + a.body().stream().mapToLong((t) -> t.value().length()).sum())
			.sum();
		System.out.printf("%nCorpus %s: %d articles, %.1f million characters, read in %d ms%n", folder, articles.size(),
				chars / 1e6, millisSince(readStarted));
		try (ArticleIndex index = new ArticleIndex(indexFolder)) {
			measure("embedded Lucene", index, new ArticleSearch(index), articles);
			System.out.printf("Embedded index on disk: %s%n", size(indexFolder));
		}
		String openSearch = System.getenv("ARCHIVE_TEST_OPENSEARCH_URL");
		if (openSearch == null || openSearch.isBlank()) {
			System.out.println("ARCHIVE_TEST_OPENSEARCH_URL is not set; skipping OpenSearch.");
			return;
		}
		String alias = "benchmark-" + System.currentTimeMillis();
		try (OpenSearchIndex index = new OpenSearchIndex(URI.create(openSearch), null, null, alias)) {
			measure("OpenSearch", index, new OpenSearchSearch(index), articles);
			index.call("DELETE", "/" + alias + "-*", null, false);
		}
	}

	/**
	 * Indexes the articles in batches of 200, as {@link SearchIndexer} does, then times
	 * searches in-process (no HTTP to the portal, no database).
	 */
	private static void measure(String engine, SearchIndex index, SearchEngine search, List<IndexedArticle> articles) {
		long started = System.nanoTime();
		for (int from = 0; from < articles.size(); from += 200) {
			index.indexAll(articles.subList(from, Math.min(from + 200, articles.size())));
		}
		int count = index.count();
		long ms = millisSince(started);
		System.out.printf("%n%s: indexed %d articles in batches of 200 in %d ms: %.0f articles/s%n", engine, count, ms,
				articles.size() * 1000.0 / ms);
		List<Long> all = new ArrayList<>();
		for (String q : List.of("疫情", "新冠肺炎", "武汉 -湖北", "\"世界卫生组织\"", "美國")) {
			for (int i = 0; i < 20; i++) {
				search.search(SearchQuery.text(q));
			}
			List<Long> times = new ArrayList<>();
			long total = 0;
			for (int i = 0; i < 50; i++) {
				long begin = System.nanoTime();
				total = search.search(SearchQuery.text(q)).total();
				times.add(System.nanoTime() - begin);
			}
			all.addAll(times);
			print(engine + " " + q + " (" + total + " hits)", times);
		}
		print(engine + " overall", all);
	}

	private static String text(Document doc, String tag) {
		var nodes = doc.getElementsByTagName(tag);
		return (nodes.getLength() > 0) ? nodes.item(0).getTextContent() : "";
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
