package org.newsarchive.story;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.newsarchive.article.Block;
import org.newsarchive.article.EntityRef;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.entity.EntityRecognizer;
import org.newsarchive.entity.Mention;
import org.newsarchive.entity.RecognisedEntity;
import org.newsarchive.entity.Recognition;
import org.newsarchive.ingest.CorpusPeopleBench;
import org.newsarchive.ingest.ParsedFiles;

/**
 * Not a test: story assignment over {@code ../shared/corpus} (or the seeds), read through
 * the archive's parsers, in memory. Run by hand: {@code java ... StoryCorpusBench seeds},
 * {@code ... pairs <out.tsv> <seed> [<earlier pairs.tsv>[,<more pairs.tsv>...]]}
 * (candidate pairs for labelling, a held-out set of none of the earlier sets' articles
 * where they are given) or {@code ... time}.
 */
public final class StoryCorpusBench {

	/**
	 * Made when names are first needed: warming it up is slow and most modes do without.
	 */
	private EntityRecognizer recognizer;

	private final Map<String, Long> entityIds = new HashMap<>();

	private StoryCorpusBench() {
	}

	public static void main(String[] args) throws IOException {
		StoryCorpusBench bench = new StoryCorpusBench();
		switch (args[0]) {
			case "seeds" -> bench.seeds(Path.of(args[1]));
			case "pairs" -> bench.pairs(Path.of(args[1]), Long.parseLong(args[2]),
					(args.length > 3) ? Stream.of(args[3].split(",")).map(Path::of).toList() : List.of());
			case "time" -> bench
				.time((args.length > 1) ? List.of(args[1].split(",")) : List.of("chinanews", "taiwan", "xinwenlianbo"));
			case "lost" -> bench.lost(List.of(args[1].split(",")), Integer.parseInt(args[2]));
			case "chains" -> bench.chains(Stream.of(args[1].split(",")).map(Path::of).toList());
			case "extract" -> extract(Path.of(args[1]), Path.of(args[2]));
			case "frequencies" -> frequencies(Path.of(args[1]), Integer.parseInt(args[2]));
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	/** The features an article gets in the archive, entities from the recogniser. */
	ArticleFeatures features(long id, ParsedArticle article) {
		if (this.recognizer == null) {
			this.recognizer = new EntityRecognizer();
			this.recognizer.warmUp();
		}
		Recognition recognition = this.recognizer.recognise(article);
		List<EntityRef> entities = new ArrayList<>();
		for (Mention mention : recognition.mentions()) {
			RecognisedEntity entity = recognition.entity(mention.entityKey()).orElseThrow();
			entities.add(new EntityRef(
					this.entityIds.computeIfAbsent(mention.entityKey(), (key) -> (long) this.entityIds.size()),
					entity.canonicalName(), entity.type().name()));
		}
		return ArticleFeatures.of(id, article.sourceSlug(), article.published(), article.title(), article.otherTitle(),
				article.lede(), article.body(), entities);
	}

	private void seeds(Path folder) throws IOException {
		List<ParsedArticle> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).sorted().toList()) {
				seeds.addAll(ParsedFiles.parse(Files.readString(file, StandardCharsets.UTF_8)));
			}
		}
		List<ArticleFeatures> features = new ArrayList<>();
		for (int i = 0; i < seeds.size(); i++) {
			features.add(features(i, seeds.get(i)));
		}
		StoryMatcher matcher = StoryPool.Window.of(features).matcher();
		for (int i = 0; i < features.size(); i++) {
			for (int j = i + 1; j < features.size(); j++) {
				StoryMatcher.Match match = matcher.match(features.get(i), features.get(j));
				System.out.printf("%d %d text %.2f story %s%n", i, j,
						MinHash.similarity(features.get(i).signature(), features.get(j).signature()), match);
			}
		}
	}

	private record Candidate(String a, String b, ParsedArticle first, ParsedArticle second, double story, double text,
			int gap) {

	}

	/** The collections the labelled set draws from: outlets covering the same days. */
	private static final List<String> LABELLED_COLLECTIONS = List.of("chinanews", "taiwan");

	/**
	 * The article as the labelled set keeps it: its title and the first {@value #KEPT}
	 * characters of its text as one paragraph, so that picking and testing see the same.
	 */
	static ParsedArticle kept(String source, String title, java.time.LocalDate day, String text) {
		Published published = Published.statedDay(day, "labelled set");
		return new ParsedArticle(source, title, null, null, null, List.of(), published, null, List.of("zh"), null,
				List.of(Block.paragraph(text, "zh")), List.of(), 0, List.of(), "labelled set");
	}

	private static ParsedArticle kept(ParsedArticle article) {
		String text = String.join(" ", Stories.paragraphs(article.body())).replaceAll("\\s+", " ");
		return kept(article.sourceSlug(), article.title().replaceAll("\\s+", " "), article.published().firstDay(),
				text.substring(0, Math.min(KEPT, text.length())));
	}

	/**
	 * Candidate pairs for labelling, scored on the kept text without names: recognising
	 * the names of thousands of articles took longer than the whole labelling session.
	 */
	private void pairs(Path out, long seed, List<Path> earlier) throws IOException {
		Set<String> labelled = new java.util.HashSet<>();
		for (Path set : earlier) {
			for (String line : Files.readAllLines(set)) {
				if (!line.startsWith("#") && !line.isBlank()) {
					String[] fields = line.split("\t");
					labelled.add(fields[1]);
					labelled.add(fields[2]);
				}
			}
		}
		List<Map.Entry<String, ParsedArticle>> all = CorpusPeopleBench
			.articles(Path.of("../shared/corpus"), LABELLED_COLLECTIONS)
			.stream()
			.filter((e) -> e.getValue().published() != null && e.getValue().published().firstDay() != null)
			.filter((e) -> !labelled.contains(e.getKey()))
			.map((e) -> Map.entry(e.getKey(), kept(e.getValue())))
			.sorted(Map.Entry.comparingByKey())
			.toList();
		List<ArticleFeatures> features = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			ParsedArticle article = all.get(i).getValue();
			features.add(ArticleFeatures.of(i, article.sourceSlug(), article.published(), article.title(), null, null,
					article.body(), List.of()));
		}
		StoryMatcher matcher = StoryPool.Window.of(features).matcher();
		Random random = new Random(seed);
		// Scoring all 18 million pairs takes hours: score those sharing three rare words
		// (the alike ones) and as many pairs drawn at random (the unlike ones).
		Map<String, List<Integer>> using = new HashMap<>();
		for (int i = 0; i < features.size(); i++) {
			for (String term : features.get(i).terms()) {
				using.computeIfAbsent(term, (t) -> new ArrayList<>()).add(i);
			}
		}
		Map<Long, Integer> sharing = new HashMap<>();
		for (List<Integer> articles : using.values()) {
			if (articles.size() <= RARE) {
				for (int x = 0; x < articles.size(); x++) {
					for (int y = x + 1; y < articles.size(); y++) {
						sharing.merge((long) articles.get(x) * features.size() + articles.get(y), 1, Integer::sum);
					}
				}
			}
		}
		Set<Long> scored = new java.util.TreeSet<>();
		sharing.forEach((pair, count) -> {
			if (count >= 3) {
				scored.add(pair);
			}
		});
		int alike = scored.size();
		while (scored.size() < 2 * alike) {
			int i = random.nextInt(features.size());
			int j = random.nextInt(features.size());
			if (i < j) {
				scored.add((long) i * features.size() + j);
			}
		}
		List<Candidate> candidates = new ArrayList<>();
		for (long pair : scored) {
			int i = (int) (pair / features.size());
			int j = (int) (pair % features.size());
			StoryMatcher.Match match = matcher.match(features.get(i), features.get(j));
			if (match == null || all.get(i).getValue().sourceSlug().equals(all.get(j).getValue().sourceSlug())
					&& match.similarity() < 0.15) {
				continue;
			}
			candidates.add(new Candidate(all.get(i).getKey(), all.get(j).getKey(), all.get(i).getValue(),
					all.get(j).getValue(), match.similarity(),
					MinHash.similarity(features.get(i).signature(), features.get(j).signature()), match.dayGap()));
		}
		System.out.println(candidates.size() + " pairs within the window");
		List<Candidate> picked = new ArrayList<>();
		// A held-out set is about half the first one, over the same bands.
		double[][] storyStrata = earlier.isEmpty()
				? new double[][] { { 0.3, 2, 40 }, { 0.15, 0.3, 45 }, { 0.08, 0.15, 50 }, { 0.04, 0.08, 40 },
						{ 0.02, 0.04, 25 }, { 0, 0.02, 10 } }
				: new double[][] { { 0.3, 2, 20 }, { 0.15, 0.3, 24 }, { 0.08, 0.15, 26 }, { 0.04, 0.08, 20 },
						{ 0.02, 0.04, 13 }, { 0, 0.02, 7 } };
		for (double[] stratum : storyStrata) {
			picked.addAll(sample(candidates.stream()
				.filter((c) -> c.story() >= stratum[0] && c.story() < stratum[1] && c.text() < 0.5)
				.toList(), (int) stratum[2], random));
		}
		double[][] textStrata = earlier.isEmpty()
				? new double[][] { { 0.5, 2, 25 }, { 0.15, 0.5, 20 }, { 0, 0.15, 15 } }
				: new double[][] { { 0.5, 2, 10 }, { 0.15, 0.5, 8 }, { 0, 0.15, 6 } };
		int texts = (int) java.util.Arrays.stream(textStrata).mapToDouble((stratum) -> stratum[2]).sum();
		for (double[] stratum : textStrata) {
			picked.addAll(sample(candidates.stream()
				.filter((c) -> c.text() >= stratum[0] && c.text() < stratum[1] && c.story() >= 0.2)
				.toList(), (int) stratum[2], random));
		}
		try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
			for (int p = 0; p < picked.size(); p++) {
				Candidate c = picked.get(p);
				writer.printf("%s\t%s\t%s\t%.3f\t%.3f\t%d%n", (p < picked.size() - texts) ? "story" : "text", c.a(),
						c.b(), c.story(), c.text(), c.gap());
				writer.println("  A " + describe(c.first()));
				writer.println("  B " + describe(c.second()));
			}
		}
		try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(Path.of(out + ".articles")))) {
			new java.util.TreeMap<>(picked.stream()
				.flatMap((c) -> Stream.of(Map.entry(c.a(), c.first()), Map.entry(c.b(), c.second())))
				.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x)))
				.forEach((key, article) -> writer
					.println(String.join("\t", key, article.sourceSlug(), article.published().firstDay().toString(),
							article.title(), String.join(" ", Stories.paragraphs(article.body())))));
		}
	}

	private static String describe(ParsedArticle article) {
		String body = String.join(" ", Stories.paragraphs(article.body())).replaceAll("\\s+", " ");
		return article.sourceSlug() + " " + article.published().value() + " | " + article.title() + " | "
				+ body.substring(0, Math.min(120, body.length()));
	}

	private static List<Candidate> sample(List<Candidate> from, int count, Random random) {
		List<Candidate> shuffled = new ArrayList<>(from);
		shuffled.sort(Comparator.comparing(Candidate::a).thenComparing(Candidate::b));
		java.util.Collections.shuffle(shuffled, random);
		return shuffled.subList(0, Math.min(count, shuffled.size()));
	}

	/**
	 * Writes how many articles of the whole corpus use each term (of those used by at
	 * least {@code least}), after a first line with the number of articles.
	 */
	private static void frequencies(Path out, int least) throws IOException {
		List<Map.Entry<String, ParsedArticle>> all = CorpusPeopleBench.articles(Path.of("../shared/corpus"));
		Map<String, Integer> counts = new java.util.TreeMap<>();
		for (Map.Entry<String, ParsedArticle> entry : all) {
			ParsedArticle article = entry.getValue();
			ArticleFeatures features = ArticleFeatures.of(0, article.sourceSlug(), article.published(), article.title(),
					article.otherTitle(), article.lede(), article.body(), List.of());
			for (String term : features.terms()) {
				counts.merge(term, 1, Integer::sum);
			}
		}
		try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
			writer.println(all.size());
			counts.forEach((term, count) -> {
				if (count >= least) {
					writer.println(term + "\t" + count);
				}
			});
		}
	}

	/**
	 * Writes the articles a pair list names, each as key, source, day, title and the
	 * first {@value #KEPT} characters of its text: the least a labelled set needs.
	 */
	private static void extract(Path pairs, Path out) throws IOException {
		java.util.Set<String> keys = new java.util.TreeSet<>();
		for (String line : Files.readAllLines(pairs)) {
			if (!line.startsWith(" ") && !line.startsWith("#") && !line.isBlank()) {
				String[] fields = line.split("\t");
				keys.add(fields[1]);
				keys.add(fields[2]);
			}
		}
		Map<String, ParsedArticle> all = new HashMap<>();
		CorpusPeopleBench.articles(Path.of("../shared/corpus"))
			.stream()
			.filter((e) -> keys.contains(e.getKey()))
			.forEach((e) -> all.put(e.getKey(), e.getValue()));
		try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
			for (String key : keys) {
				ParsedArticle article = all.get(key);
				String text = String.join(" ", Stories.paragraphs(article.body())).replaceAll("\\s+", " ");
				writer.println(String.join("\t", key, article.sourceSlug(), article.published().firstDay().toString(),
						article.title().replaceAll("\\s+", " "), text.substring(0, Math.min(KEPT, text.length()))));
			}
		}
	}

	private static final int KEPT = 400;

	/** Articles using a word from which it is too common to find alike pairs by. */
	private static final int RARE = 30;

	private void time(List<String> collections) throws IOException {
		List<Map.Entry<String, ParsedArticle>> all = inPublicationOrder(collections);
		// Names are left out: in the archive they are read with the article, recognised
		// before; recognition is the entity module's cost, not assignment's.
		MemoryStoryStore store = new MemoryStoryStore();
		StoryAssigner assigner = new StoryAssigner(store);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long featuresNanos = 0;
		long featuresCpu = 0;
		long assignNanos = 0;
		long assignCpu = 0;
		for (int i = 0; i < all.size(); i++) {
			ParsedArticle article = all.get(i).getValue();
			long wall = System.nanoTime();
			long cpu = threads.getCurrentThreadCpuTime();
			String opening = Stories.opening(article.title(), article.otherTitle(), article.lede());
			ArticleFeatures features = ArticleFeatures.of(i, article.sourceSlug(), article.published(), article.title(),
					article.otherTitle(), article.lede(), article.body(), List.of());
			Tokens tokens = Tokens.of(opening);
			long featuresWall = System.nanoTime();
			long featuresThreadCpu = threads.getCurrentThreadCpuTime();
			featuresNanos += featuresWall - wall;
			featuresCpu += featuresThreadCpu - cpu;
			store.saveFeatures(features);
			assigner.assign(features, (Set<String> terms) -> StoryPhrases.sharing(tokens, terms));
			assignNanos += System.nanoTime() - featuresWall;
			assignCpu += threads.getCurrentThreadCpuTime() - featuresThreadCpu;
			if ((i + 1) % 1000 == 0) {
				System.out.printf("%d articles: assignment %.2f ms of CPU an article so far%n", i + 1,
						assignCpu / 1e6 / (i + 1));
			}
		}
		Map<Long, Integer> sizes = new HashMap<>();
		int duplicates = 0;
		for (int i = 0; i < all.size(); i++) {
			Long story = store.storyOf(i);
			if (story != null) {
				sizes.merge(story, 1, Integer::sum);
			}
			if (store.firstAppearance(i) != i) {
				duplicates++;
			}
		}
		System.out.printf(
				"%d articles; assignment %.1f s wall (%.2f ms an article), %.1f s CPU (%.2f ms an article); "
						+ "features %.1f s wall, %.1f s CPU; %d stories holding %d articles, largest %d; "
						+ "%d near-duplicates; windows %s%n",
				all.size(), assignNanos / 1e9, assignNanos / 1e6 / all.size(), assignCpu / 1e9,
				assignCpu / 1e6 / all.size(), featuresNanos / 1e9, featuresCpu / 1e9, sizes.size(),
				sizes.values().stream().mapToInt(Integer::intValue).sum(),
				sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0), duplicates, store.windows());
		String decisions = System.getProperty("decisions");
		if (decisions != null) {
			// To compare two builds' decisions article by article: the same input must
			// give the same file.
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(decisions)))) {
				for (int i = 0; i < all.size(); i++) {
					out.println(LabelledStoriesTests.decision(store, i));
				}
			}
		}
	}

	/**
	 * Assigns as {@code time} does and, for every {@code every}th article, also compares
	 * it with every article of its days: how many same-story decisions comparing only the
	 * articles sharing one, two or three rare words loses.
	 */
	private void lost(List<String> collections, int every) throws IOException {
		List<Map.Entry<String, ParsedArticle>> all = inPublicationOrder(collections);
		MemoryStoryStore store = new MemoryStoryStore();
		StoryAssigner assigner = new StoryAssigner(store);
		int checked = 0;
		int sameStory = 0;
		long pooled = 0;
		int[] notCompared = new int[4];
		int[] otherDecision = new int[4];
		long[] candidates = new long[4];
		for (int i = 0; i < all.size(); i++) {
			ParsedArticle article = all.get(i).getValue();
			ArticleFeatures features = ArticleFeatures.of(i, article.sourceSlug(), article.published(), article.title(),
					article.otherTitle(), article.lede(), article.body(), List.of());
			store.saveFeatures(features);
			if (i % every == 0 && features.firstDay() != null) {
				checked++;
				StoryPool.Window window = store.pool(features.firstDay().minusDays(StoryMatcher.WINDOW_DAYS),
						features.lastDay().plusDays(StoryMatcher.WINDOW_DAYS));
				pooled += window.size() - 1;
				List<Map.Entry<ArticleFeatures, Double>> same = new ArrayList<>();
				for (ArticleFeatures other : window.members()) {
					StoryMatcher.Match match = (other == features) ? null : window.matcher().match(features, other);
					if (match != null && match.sameStory()) {
						same.add(Map.entry(other, match.similarity()));
					}
				}
				sameStory += same.size();
				ArticleFeatures best = best(same, (other) -> true);
				for (int shared = 1; shared <= 3; shared++) {
					Set<ArticleFeatures> compared = Set.copyOf(window.candidates(features, shared));
					candidates[shared] += compared.size();
					notCompared[shared] += (int) same.stream().filter((e) -> !compared.contains(e.getKey())).count();
					otherDecision[shared] += (best(same, compared::contains) != best) ? 1 : 0;
				}
			}
			Tokens tokens = Tokens.of(Stories.opening(article.title(), article.otherTitle(), article.lede()));
			assigner.assign(features, (Set<String> terms) -> StoryPhrases.sharing(tokens, terms));
		}
		System.out.printf("RARE %d: %d articles checked against every article of their days (%.1f on average), "
				+ "%d same-story pairs%n", StoryPool.RARE, checked, pooled / (double) checked, sameStory);
		for (int shared = 1; shared <= 3; shared++) {
			System.out.printf(
					"  sharing %d rare: %.1f compared on average; %d same-story pairs not compared; %d articles would "
							+ "join another article%n",
					shared, candidates[shared] / (double) checked, notCompared[shared], otherDecision[shared]);
		}
	}

	/**
	 * The labelled story pairs as assignment leaves them in a dense archive: every dated
	 * article of the labelled collections, cut as the sets keep it, names recognised,
	 * assigned in publication order. For each pair: one story or two, whether
	 * {@link StoryMatcher} matches the two directly (in the whole corpus's pool), and
	 * where they share a story without a direct match, the joins between them.
	 */
	private void chains(List<Path> pairFiles) throws IOException {
		List<Map.Entry<String, ParsedArticle>> all = CorpusPeopleBench
			.articles(Path.of("../shared/corpus"), LABELLED_COLLECTIONS)
			.stream()
			.filter((e) -> e.getValue().published() != null && e.getValue().published().firstDay() != null)
			.map((e) -> Map.entry(e.getKey(), kept(e.getValue())))
			.sorted(Comparator.comparing((Map.Entry<String, ParsedArticle> e) -> e.getValue().published().firstDay())
				.thenComparing(Map.Entry::getKey))
			.toList();
		Map<String, ArticleFeatures> byKey = new HashMap<>();
		MemoryStoryStore store = new MemoryStoryStore();
		StoryAssigner assigner = new StoryAssigner(store);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long assignCpu = 0;
		for (int i = 0; i < all.size(); i++) {
			ArticleFeatures features = features(i, all.get(i).getValue());
			byKey.put(all.get(i).getKey(), features);
			long cpu = threads.getCurrentThreadCpuTime();
			store.saveFeatures(features);
			assigner.assign(features, (terms) -> List.of());
			assignCpu += threads.getCurrentThreadCpuTime() - cpu;
		}
		System.out.printf("%d articles, assignment %.2f ms of CPU an article%n", all.size(),
				assignCpu / 1e6 / all.size());
		Map<String, Integer> pooled = new java.util.TreeMap<>();
		for (Path file : pairFiles) {
			Map<String, Integer> counts = new java.util.TreeMap<>();
			int position = -1;
			for (String line : Files.readAllLines(file)) {
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				position++;
				String[] f = line.split("\t");
				if (!f[0].equals("story")) {
					continue;
				}
				ArticleFeatures a = byKey.get(f[1]);
				ArticleFeatures b = byKey.get(f[2]);
				StoryMatcher.Match match = store
					.pool(a.firstDay().minusDays(StoryMatcher.WINDOW_DAYS),
							a.lastDay().plusDays(StoryMatcher.WINDOW_DAYS))
					.matcher()
					.match(a, b);
				boolean direct = StoryMatcher.sameText(a, b) || match != null && match.sameStory();
				Long story = store.storyOf(a.articleId());
				boolean together = story != null && story.equals(store.storyOf(b.articleId()));
				String key = f[3] + (direct ? " direct" : " indirect") + (together ? " together" : " apart");
				if (together && !direct) {
					List<Long> path = store.joinsBetween(a.articleId(), b.articleId());
					key += " steps " + (path.size() - 1);
					System.out.printf("chain %s %d %s: %s%n", file.getFileName(), position, f[3],
							path.stream().map((id) -> all.get(id.intValue()).getValue().title()).toList());
				}
				counts.merge(key, 1, Integer::sum);
				pooled.merge(key, 1, Integer::sum);
			}
			System.out.printf("%s: %s%n", file.getFileName(), counts);
		}
		System.out.printf("pooled: %s%n", pooled);
	}

	/** The most alike, the first of equals (they come by ascending id). */
	private static ArticleFeatures best(List<Map.Entry<ArticleFeatures, Double>> same,
			java.util.function.Predicate<ArticleFeatures> compared) {
		ArticleFeatures best = null;
		double similarity = 0;
		for (Map.Entry<ArticleFeatures, Double> entry : same) {
			if (compared.test(entry.getKey()) && (best == null || entry.getValue() > similarity)) {
				best = entry.getKey();
				similarity = entry.getValue();
			}
		}
		return best;
	}

	private static List<Map.Entry<String, ParsedArticle>> inPublicationOrder(List<String> collections)
			throws IOException {
		List<Map.Entry<String, ParsedArticle>> all = new ArrayList<>(
				CorpusPeopleBench.articles(Path.of("../shared/corpus"), collections));
		all.sort(Comparator.comparing((Map.Entry<String, ParsedArticle> e) -> (e.getValue().published() != null)
				? e.getValue().published().earliest().toString() : "~"));
		return all;
	}

}
