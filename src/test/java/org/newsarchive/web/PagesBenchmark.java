package org.newsarchive.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newsarchive.NewsArchiveApplication;
import org.newsarchive.ingest.RecombinedCorpus;
import org.newsarchive.search.ArticleSearch;
import org.newsarchive.search.NameExpansion;
import org.newsarchive.search.SearchQuery;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long each kind of page takes, and how much it weighs, on an archive of N articles.
 * Not a test (surefire runs only {@code *Tests}): run it by hand as
 * {@code docs/benchmarks.md} describes.
 * <p>
 * Arguments: {@code N} (articles, default 5,000), the corpus folder (default
 * {@code ../shared/corpus}) and optionally a data folder to keep: where that folder
 * already holds an archive, it is measured as it is and nothing is imported. After the
 * folder, {@code --search-only} measures only the search mix against its baselines,
 * {@code --without-postgres} leaves out the {@code pg_trgm} baseline (minutes at 100,000
 * articles) when only the archive against Lucene is wanted, and any other
 * {@code --name=value} is passed to the application (such as
 * {@code --archive.search.kept-answers=0}, to measure searches that are never answered
 * from what an earlier one found). The N articles are made from the corpus by recombining
 * real paragraphs ({@link RecombinedCorpus}, seed 42) and uploaded as JSON Lines files of
 * 100 through {@code POST /api/imports}, the way a user would. Then every page is
 * requested once, then each kind of page {@value #WARM_UP} times (and a kind of page at
 * least {@value #WARM_UP_PER_PAGE} times) to warm up and {@value #ROUNDS} times measured,
 * one request at a time over loopback; it prints p50/p99 and the size of each page.
 */
public final class PagesBenchmark {

	private static final int WARM_UP = 5;

	/** Requests to warm a kind of page up with, however few URLs it has. */
	private static final int WARM_UP_PER_PAGE = 50;

	private static final int ROUNDS = 30;

	private static final int PER_FILE = 100;

	/** Rounds of the PostgreSQL baseline, which scans where Lucene looks up. */
	private static final int PG_ROUNDS = 10;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private PagesBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int articles = (args.length > 0) ? Integer.parseInt(args[0]) : 5000;
		Path corpus = Path.of((args.length > 1) ? args[1] : "../shared/corpus");
		boolean keep = args.length > 2;
		Path data = keep ? Path.of(args[2]) : Files.createTempDirectory("news-archive-pages");
		List<String> options = Stream.of(args).skip(3).toList();
		boolean searchOnly = options.contains("--search-only");
		boolean withPostgres = !options.contains("--without-postgres");
		Path nothingAtStartup = Files.createDirectories(data.resolve("empty"));
		List<String> settings = new ArrayList<>(List.of("--server.port=0",
				"--archive.database.embedded.data-directory=" + data.resolve("postgres"),
				"--archive.index.directory=" + data.resolve("index"), "--archive.ingest.folders=" + nothingAtStartup,
				"--archive.admin.password=benchmark", "--logging.level.root=WARN"));
		options.stream()
			.filter((option) -> !option.equals("--search-only") && !option.equals("--without-postgres"))
			.forEach(settings::add);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NewsArchiveApplication.class)
			.run(settings.toArray(String[]::new))) {
			String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long stored = jdbc.queryForObject("select count(*) from articles", Long.class);
			if (stored == 0) {
				Path set = Files.createTempDirectory("news-archive-pages-set");
				try {
					RecombinedCorpus.read(corpus).write(articles, 42, PER_FILE, set);
					upload(base, set);
				}
				finally {
					delete(set);
				}
			}
			if (!searchOnly) {
				report(base, jdbc, data);
			}
			searchBaselines(app, jdbc, base, withPostgres);
		}
		finally {
			if (!keep) {
				delete(data);
			}
		}
		System.exit(0);
	}

	private static void report(String base, JdbcTemplate jdbc, Path data) throws Exception {
		System.out.printf("Articles: %d, entities: %d, mentions: %d, sources: %d%n",
				jdbc.queryForObject("select count(*) from articles", Long.class),
				jdbc.queryForObject("select count(*) from entities", Long.class),
				jdbc.queryForObject("select count(*) from mentions", Long.class),
				jdbc.queryForObject("select count(*) from sources", Long.class));
		System.out.printf("Database: %s, index: %s%n",
				jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class),
				size(data.resolve("index")) / 1024 / 1024 + " MiB");
		Random random = new Random(7);
		List<Long> ids = jdbc.queryForList("select id from articles", Long.class);
		List<Long> busiest = jdbc
			.queryForList(
					"select m.entity_id from mentions m join entities e on e.id = m.entity_id"
							+ " where e.type = 'PERSON' group by m.entity_id order by count(*) desc limit 5",
					Long.class);
		List<Long> anyone = jdbc
			.queryForList("select id from entities where type = 'PERSON' and id in (select entity_id from mentions)"
					+ " order by random() limit 20", Long.class);
		List<String> sources = jdbc.queryForList("select slug from sources order by id", String.class);
		Map<String, List<String>> pages = new LinkedHashMap<>();
		pages.put("home /", List.of("/"));
		pages.put("article /articles/{id}", pick(ids, random, 20).stream().map((id) -> "/articles/" + id).toList());
		pages.put("source /sources/{slug}", sources.stream().map((slug) -> "/sources/" + slug).toList());
		pages.put("person, most named /people/{id}", busiest.stream().map((id) -> "/people/" + id).toList());
		pages.put("person, any /people/{id}", anyone.stream().map((id) -> "/people/" + id).toList());
		pages.put("/people (pages 1, 5; type; prefix)",
				List.of("/people", "/people?page=5", "/people?type=PERSON", "/people?q=" + encode("王")));
		List<String> queries = new ArrayList<>(List.of("q=" + encode("疫情"), "q=" + encode("台灣"), "q=" + encode("习近平"),
				"q=" + encode("北约"), "q=" + encode("\"新冠肺炎\""), "q=" + encode("疫情") + "&sort=newest",
				"q=" + encode("经济") + "&from=2020-01-01&to=2020-12-31", "q=" + encode("疫情") + "&page=10",
				"q=" + encode("市长")));
		if (!busiest.isEmpty()) {
			queries.add("person=" + busiest.get(0));
		}
		pages.put("search /search", queries.stream().map((q) -> "/search?" + q).toList());
		pages.put("search /api/search", queries.stream().map((q) -> "/api/search?" + q).toList());
		// Every kind of page once before any is measured: the first kind measured
		// otherwise
		// paid for warming what all pages share (templates, MVC, the JIT's compiling, the
		// background work right after the start), 96 ms for a home page that takes 20.
		for (List<String> urls : pages.values()) {
			for (String url : urls) {
				get(base + url);
			}
		}
		System.out.println();
		System.out.println("| page | URLs | requests | p50 ms | p99 ms | max ms | mean KiB |");
		System.out.println("|---|---|---|---|---|---|---|");
		for (Map.Entry<String, List<String>> page : pages.entrySet()) {
			System.out.println(row(base, page.getKey(), page.getValue()));
		}
		for (String q : List.of("疫情", "台灣")) {
			long started = System.nanoTime();
			byte[] csv = get(base + "/search.csv?q=" + encode(q));
			double seconds = (System.nanoTime() - started) / 1e9;
			long rows = new String(csv, StandardCharsets.UTF_8).lines().count() - 1;
			System.out.printf("CSV export of %s: %d rows, %.0f KiB in %.2f s, %.0f rows/s%n", q, rows,
					csv.length / 1024.0, seconds, rows / seconds);
		}
	}

	/**
	 * The query mix of the search pages three ways, one request at a time:
	 * {@code /api/search} over HTTP, the same query on the Lucene index in-process
	 * ({@code ArticleSearch}: no database, no HTTP; words that are a person's name are
	 * widened to their other names, as {@code SearchService} widens them, so that both
	 * run the same query), and PostgreSQL's own text search as a user would set it up
	 * without Lucene ({@code pg_trgm} GIN indexes on titles and paragraphs,
	 * {@code ILIKE}, newest first, a page of 20 and the count; the benchmark creates the
	 * indexes on the data folder it runs on).
	 */
	private static void searchBaselines(ConfigurableApplicationContext app, JdbcTemplate jdbc, String base,
			boolean withPostgres) throws Exception {
		ArticleSearch lucene = app.getBean(ArticleSearch.class);
		if (withPostgres) {
			long started = System.nanoTime();
			jdbc.execute("create extension if not exists pg_trgm");
			jdbc.execute("create index if not exists benchmark_titles_trgm on articles using gin (title gin_trgm_ops)");
			jdbc.execute(
					"create index if not exists benchmark_blocks_trgm on article_blocks using gin (text gin_trgm_ops)");
			jdbc.execute("analyze articles");
			jdbc.execute("analyze article_blocks");
			System.out.printf("%npg_trgm indexes built in %.1f s%n", (System.nanoTime() - started) / 1e9);
		}
		Long person = jdbc.queryForObject("select m.entity_id from mentions m join entities e on e.id = m.entity_id"
				+ " where e.type = 'PERSON' group by m.entity_id order by count(*) desc limit 1", Long.class);
		LocalDate from = LocalDate.of(2020, 1, 1);
		LocalDate to = LocalDate.of(2020, 12, 31);
		List<Mix> mix = List.of(
				new Mix("疫情", "q=" + encode("疫情"), query("疫情", SearchQuery.Sort.RELEVANCE, 1), "疫情", null, 0),
				new Mix("台灣", "q=" + encode("台灣"), query("台灣", SearchQuery.Sort.RELEVANCE, 1), "台灣", null, 0),
				new Mix("习近平", "q=" + encode("习近平"), query("习近平", SearchQuery.Sort.RELEVANCE, 1), "习近平", null, 0),
				new Mix("北约 (rare)", "q=" + encode("北约"), query("北约", SearchQuery.Sort.RELEVANCE, 1), "北约", null, 0),
				new Mix("Trump", "q=Trump", query("Trump", SearchQuery.Sort.RELEVANCE, 1), "Trump", null, 0),
				new Mix("\"新冠肺炎\" (phrase)", "q=" + encode("\"新冠肺炎\""),
						query("\"新冠肺炎\"", SearchQuery.Sort.RELEVANCE, 1), "新冠肺炎", null, 0),
				new Mix("疫情, newest", "q=" + encode("疫情") + "&sort=newest", query("疫情", SearchQuery.Sort.NEWEST, 1),
						"疫情", null, 0),
				new Mix("经济 in 2020", "q=" + encode("经济") + "&from=2020-01-01&to=2020-12-31",
						new SearchQuery("经济", Set.of(), from, to, null, Set.of(), SearchQuery.Sort.RELEVANCE, 1, 20,
								null),
						"经济", new LocalDate[] { from, to }, 0),
				new Mix("疫情, page 10", "q=" + encode("疫情") + "&page=10", query("疫情", SearchQuery.Sort.RELEVANCE, 10),
						"疫情", null, 180),
				new Mix("疫情, page 50", "q=" + encode("疫情") + "&page=50", query("疫情", SearchQuery.Sort.RELEVANCE, 50),
						"疫情", null, 980),
				new Mix("斯托尔滕贝格 (rare)", "q=" + encode("斯托尔滕贝格"), query("斯托尔滕贝格", SearchQuery.Sort.RELEVANCE, 1),
						"斯托尔滕贝格", null, 0),
				new Mix("\"Hong Kong\" (phrase)", "q=" + encode("\"Hong Kong\""),
						query("\"Hong Kong\"", SearchQuery.Sort.RELEVANCE, 1), "Hong Kong", null, 0),
				new Mix("the most named person", "person=" + person,
						new SearchQuery(null, Set.of(), null, null, null, Set.of(person), SearchQuery.Sort.RELEVANCE, 1,
								20, null),
						null, null, 0),
				new Mix("经济 by the most named person", "q=" + encode("经济") + "&person=" + person, new SearchQuery("经济",
						Set.of(), null, null, null, Set.of(person), SearchQuery.Sort.RELEVANCE, 1, 20, null), null,
						null, 0));
		NameExpansion names = app.getBeanProvider(NameExpansion.class).getIfAvailable(NameExpansion::none);
		mix = mix.stream()
			.map((m) -> new Mix(m.label(), m.params(), widened(m.lucene(), names), m.like(), m.dates(), m.offset()))
			.toList();
		System.out.println();
		System.out
			.println("| query | hits | `/api/search` p50 / p99 ms | Lucene in-process p50 / p99 ms | ratio of p50 |"
					+ " pg_trgm + ILIKE p50 / p99 ms | ILIKE matches |");
		System.out.println("|---|---|---|---|---|---|---|");
		List<Long> allHttp = new ArrayList<>();
		List<Long> allLucene = new ArrayList<>();
		for (Mix query : mix) {
			List<Long> http = times(ROUNDS, () -> get(base + "/api/search?" + query.params()));
			List<Long> inProcess = times(ROUNDS, () -> lucene.search(query.lucene()));
			long hits = lucene.search(query.lucene()).total();
			String pg = "–";
			String pgHits = "–";
			if (withPostgres && query.like() != null) {
				String like = "%" + query.like() + "%";
				String dates = (query.dates() != null) ? " and a.published_last_day >= '" + query.dates()[0]
						+ "' and a.published_first_day <= '" + query.dates()[1] + "'" : "";
				String sql = "select a.id, count(*) over () from articles a where (a.title ilike ? or exists (select 1"
						+ " from article_blocks b where b.article_id = a.id and b.text ilike ?))" + dates
						+ " order by a.published_start desc nulls last, a.id desc limit 20 offset " + query.offset();
				List<Long> sqlTimes = times(PG_ROUNDS, () -> jdbc.queryForList(sql, like, like));
				pg = "%.1f / %.1f".formatted(percentile(sqlTimes, 50), percentile(sqlTimes, 99));
				pgHits = String.valueOf(jdbc.queryForObject("select count(*) from articles a where (a.title ilike ?"
						+ " or exists (select 1 from article_blocks b where b.article_id = a.id and b.text ilike ?))"
						+ dates, Long.class, like, like));
			}
			allHttp.addAll(http);
			allLucene.addAll(inProcess);
			System.out.printf("| %s | %d | %.1f / %.1f | %.1f / %.1f | %.1f | %s | %s |%n", query.label(), hits,
					percentile(http, 50), percentile(http, 99), percentile(inProcess, 50), percentile(inProcess, 99),
					percentile(http, 50) / percentile(inProcess, 50), pg, pgHits);
		}
		Collections.sort(allHttp);
		Collections.sort(allLucene);
		System.out.printf("| all | | %.1f / %.1f | %.1f / %.1f | %.1f | | |%n", percentile(allHttp, 50),
				percentile(allHttp, 99), percentile(allLucene, 50), percentile(allLucene, 99),
				percentile(allHttp, 50) / percentile(allLucene, 50));
	}

	/** The query with a person's name widened to their other names, as a search does. */
	private static SearchQuery widened(SearchQuery query, NameExpansion names) {
		String text = query.text();
		List<String> all = (text != null) ? names.entityNamed(text)
			.map(NameExpansion.NamedEntity::names)
			.filter((known) -> known.stream().anyMatch((name) -> !name.equalsIgnoreCase(text)))
			.orElse(List.of()) : List.of();
		return all.isEmpty() ? query
				: new SearchQuery(String.join(" OR ", all.stream().map((name) -> "\"" + name + "\"").toList()),
						query.sources(), query.from(), query.to(), query.lang(), query.personIds(), query.sort(),
						query.page(), query.size(), query.articleIds());
	}

	private static SearchQuery query(String text, SearchQuery.Sort sort, int page) {
		return new SearchQuery(text, Set.of(), null, null, null, Set.of(), sort, page, 20, null);
	}

	/** Wall times of {@code rounds} calls after as many to warm up, sorted. */
	private static List<Long> times(int rounds, Callable<?> call) throws Exception {
		for (int i = 0; i < rounds; i++) {
			call.call();
		}
		List<Long> nanos = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			long started = System.nanoTime();
			call.call();
			nanos.add(System.nanoTime() - started);
		}
		Collections.sort(nanos);
		return nanos;
	}

	/** One query of the mix, for each of the three ways. */
	private record Mix(String label, String params, SearchQuery lucene, String like, LocalDate[] dates, int offset) {

	}

	private static String row(String base, String name, List<String> urls) throws Exception {
		List<Long> nanos = new ArrayList<>();
		long bytes = 0;
		for (int i = 0; i < Math.max(WARM_UP, WARM_UP_PER_PAGE / urls.size()); i++) {
			for (String url : urls) {
				get(base + url);
			}
		}
		for (int round = 0; round < ROUNDS; round++) {
			for (String url : urls) {
				long started = System.nanoTime();
				bytes += get(base + url).length;
				nanos.add(System.nanoTime() - started);
			}
		}
		Collections.sort(nanos);
		return "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |".formatted(name, urls.size(), nanos.size(),
				percentile(nanos, 50), percentile(nanos, 99), nanos.getLast() / 1e6, bytes / 1024.0 / nanos.size());
	}

	private static double percentile(List<Long> sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(rank - 1, 0)) / 1e6;
	}

	private static byte[] get(String url) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return response.body();
	}

	private static <T> List<T> pick(List<T> from, Random random, int count) {
		List<T> shuffled = new ArrayList<>(from);
		Collections.shuffle(shuffled, random);
		return shuffled.subList(0, Math.min(count, shuffled.size()));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** Uploads the files of a folder one by one, in the order of their names. */
	private static void upload(String base, Path set) throws Exception {
		List<Path> files;
		try (Stream<Path> listed = Files.list(set)) {
			files = listed.sorted().toList();
		}
		String authorization = "Basic "
				+ Base64.getEncoder().encodeToString("admin:benchmark".getBytes(StandardCharsets.UTF_8));
		long started = System.nanoTime();
		int done = 0;
		for (Path path : files) {
			byte[] file = Files.readAllBytes(path);
			String boundary = "----benchmark" + done;
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench-" + done
					+ ".jsonl\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(file);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/imports"))
				.header("Authorization", authorization)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream in = response.body()) {
				in.transferTo(OutputStreamSink.INSTANCE);
			}
			if (response.statusCode() != 200) {
				throw new IllegalStateException("The import answered " + response.statusCode());
			}
			done++;
			if (done % 10 == 0 || done == files.size()) {
				double seconds = (System.nanoTime() - started) / 1e9;
				System.out.printf("Imported %d of %d files in %.0f s (%.1f articles/s)%n", done, files.size(), seconds,
						done * PER_FILE / seconds);
			}
		}
	}

	private static long size(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

	/** Where an answer nobody reads goes. */
	private static final class OutputStreamSink extends java.io.OutputStream {

		static final OutputStreamSink INSTANCE = new OutputStreamSink();

		@Override
		public void write(int b) {
		}

		@Override
		public void write(byte[] b, int off, int len) {
		}

	}

}
