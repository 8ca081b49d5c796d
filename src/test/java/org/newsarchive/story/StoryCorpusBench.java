package org.newsarchive.story;

import java.io.IOException;
import java.io.PrintWriter;
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

import org.newsarchive.article.ParsedArticle;
import org.newsarchive.entity.EntityRecognizer;
import org.newsarchive.entity.Mention;
import org.newsarchive.ingest.CorpusPeopleBench;
import org.newsarchive.ingest.ParsedFiles;

/**
 * Not a test: story assignment over {@code ../shared/corpus} (or the seeds), read through
 * the archive's parsers, in memory. Run by hand: {@code java ... StoryCorpusBench seeds},
 * {@code ... pairs <out.tsv> <seed>} (candidate pairs for labelling) or {@code ... time}.
 */
public final class StoryCorpusBench {

	private final EntityRecognizer recognizer = new EntityRecognizer();

	private final Map<String, Long> entityIds = new HashMap<>();

	private StoryCorpusBench() {
		this.recognizer.warmUp();
	}

	public static void main(String[] args) throws IOException {
		StoryCorpusBench bench = new StoryCorpusBench();
		switch (args[0]) {
			case "seeds" -> bench.seeds(Path.of(args[1]));
			case "pairs" -> bench.pairs(Path.of(args[1]), Long.parseLong(args[2]));
			case "time" -> bench.time();
			case "frequencies" -> frequencies(Path.of(args[1]), Integer.parseInt(args[2]));
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	/** The features an article gets in the archive, entities from the recogniser. */
	ArticleFeatures features(long id, ParsedArticle article) {
		List<Long> entities = new ArrayList<>();
		for (Mention mention : this.recognizer.recognise(article).mentions()) {
			entities.add(this.entityIds.computeIfAbsent(mention.entityKey(), (key) -> (long) this.entityIds.size()));
		}
		return ArticleFeatures.of(id, article.published(), article.title(), article.otherTitle(), article.lede(),
				article.body(), entities);
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
		StoryMatcher matcher = new StoryMatcher(features);
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

	private void pairs(Path out, long seed) throws IOException {
		List<Map.Entry<String, ParsedArticle>> all = CorpusPeopleBench.articles(Path.of("../shared/corpus"))
			.stream()
			.filter((e) -> !e.getKey().startsWith("xinwenlianbo"))
			.filter((e) -> e.getValue().published() != null)
			.toList();
		List<ArticleFeatures> features = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			features.add(features(i, all.get(i).getValue()));
		}
		StoryMatcher matcher = new StoryMatcher(features);
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < features.size(); i++) {
			for (int j = i + 1; j < features.size(); j++) {
				StoryMatcher.Match match = matcher.match(features.get(i), features.get(j));
				if (match == null) {
					continue;
				}
				candidates.add(new Candidate(all.get(i).getKey(), all.get(j).getKey(), all.get(i).getValue(),
						all.get(j).getValue(), match.similarity(),
						MinHash.similarity(features.get(i).signature(), features.get(j).signature()), match.dayGap()));
			}
		}
		System.out.println(candidates.size() + " pairs within the window");
		Random random = new Random(seed);
		List<Candidate> picked = new ArrayList<>();
		double[][] storyStrata = { { 0.3, 2, 40 }, { 0.15, 0.3, 45 }, { 0.08, 0.15, 50 }, { 0.04, 0.08, 40 },
				{ 0.02, 0.04, 25 }, { 0, 0.02, 10 } };
		for (double[] stratum : storyStrata) {
			picked.addAll(sample(candidates.stream()
				.filter((c) -> c.story() >= stratum[0] && c.story() < stratum[1] && c.text() < 0.5)
				.toList(), (int) stratum[2], random));
		}
		double[][] textStrata = { { 0.5, 2, 25 }, { 0.15, 0.5, 20 }, { 0, 0.15, 15 } };
		for (double[] stratum : textStrata) {
			picked.addAll(sample(candidates.stream()
				.filter((c) -> c.text() >= stratum[0] && c.text() < stratum[1] && c.story() >= 0.2)
				.toList(), (int) stratum[2], random));
		}
		try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
			for (Candidate c : picked) {
				writer.printf("%s\t%s\t%.3f\t%.3f\t%d%n", c.a(), c.b(), c.story(), c.text(), c.gap());
				writer.println("  A " + describe(c.first()));
				writer.println("  B " + describe(c.second()));
			}
		}
	}

	private static String describe(ParsedArticle article) {
		String body = String.join(" ", Stories.paragraphs(article.body())).replaceAll("\\s+", " ");
		return article.sourceSlug() + " " + article.published().value() + " | " + article.title() + " | "
				+ body.substring(0, Math.min(160, body.length()));
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
			ArticleFeatures features = ArticleFeatures.of(0, article.published(), article.title(), article.otherTitle(),
					article.lede(), article.body(), List.of());
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

	private void time() throws IOException {
		List<Map.Entry<String, ParsedArticle>> all = new ArrayList<>(
				CorpusPeopleBench.articles(Path.of("../shared/corpus")));
		all.sort(Comparator.comparing((Map.Entry<String, ParsedArticle> e) -> (e.getValue().published() != null)
				? e.getValue().published().earliest().toString() : "~"));
		List<List<Long>> entities = new ArrayList<>();
		for (Map.Entry<String, ParsedArticle> entry : all) {
			List<Long> ids = new ArrayList<>();
			this.recognizer.recognise(entry.getValue())
				.mentions()
				.forEach((m) -> ids
					.add(this.entityIds.computeIfAbsent(m.entityKey(), (k) -> (long) this.entityIds.size())));
			entities.add(ids);
		}
		MemoryStoryStore store = new MemoryStoryStore();
		StoryAssigner assigner = new StoryAssigner(store);
		long started = System.nanoTime();
		for (int i = 0; i < all.size(); i++) {
			ParsedArticle article = all.get(i).getValue();
			String opening = Stories.opening(article.title(), article.otherTitle(), article.lede());
			ArticleFeatures features = ArticleFeatures.of(i, article.published(), article.title(), article.otherTitle(),
					article.lede(), article.body(), entities.get(i));
			store.saveFeatures(features);
			Tokens tokens = Tokens.of(opening);
			assigner.assign(features, (Set<String> terms) -> StoryPhrases.sharing(tokens, terms));
		}
		long nanos = System.nanoTime() - started;
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
				"%d articles in %.1f s, %.2f ms per article; %d stories holding %d articles, largest %d; "
						+ "%d near-duplicates%n",
				all.size(), nanos / 1e9, nanos / 1e6 / all.size(), sizes.size(),
				sizes.values().stream().mapToInt(Integer::intValue).sum(),
				sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0), duplicates);
	}

}
