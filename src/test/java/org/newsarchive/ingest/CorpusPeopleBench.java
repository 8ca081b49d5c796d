package org.newsarchive.ingest;

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
import java.util.stream.Stream;

import org.newsarchive.article.ParsedArticle;
import org.newsarchive.entity.EntityRecognizer;
import org.newsarchive.entity.Mention;
import org.newsarchive.entity.RecognisedEntity;
import org.newsarchive.entity.Recognition;

/**
 * Not a test: reads {@code ../shared/corpus} through the archive's parsers, recognises
 * every article and writes the entities by the number of articles naming them, with the
 * time recognition took. Run by hand:
 * {@code java ... CorpusPeopleBench <out-dir> [every]}.
 */
public final class CorpusPeopleBench {

	private CorpusPeopleBench() {
	}

	/** Every article of the corpus, in a stable order, with an id that finds it again. */
	public static List<Map.Entry<String, ParsedArticle>> articles(Path corpus) throws IOException {
		return articles(corpus, List.of("chinanews", "taiwan", "xinwenlianbo"));
	}

	/**
	 * The articles of the named collections only, in that order, files sorted by name.
	 */
	public static List<Map.Entry<String, ParsedArticle>> articles(Path corpus, List<String> collections)
			throws IOException {
		Parsers parsers = new Parsers();
		List<Map.Entry<String, ParsedArticle>> all = new ArrayList<>();
		for (String collection : collections) {
			List<Path> files;
			try (Stream<Path> listed = Files.list(corpus.resolve(collection))) {
				files = listed.sorted().toList();
			}
			for (Path file : files) {
				ReadFile read = parsers.parse(Files.readString(file, StandardCharsets.UTF_8));
				int n = 0;
				for (ReadEntry entry : read.entries()) {
					if (entry.article() != null) {
						all.add(Map.entry(collection + "/" + file.getFileName() + "#" + n, entry.article()));
					}
					n++;
				}
			}
		}
		return all;
	}

	/**
	 * Writes {@code count} articles chosen at random with {@code seed}, as title and
	 * paragraphs under a {@code === id} line.
	 */
	static void pick(Path out, long seed, int count) throws IOException {
		List<Map.Entry<String, ParsedArticle>> articles = new ArrayList<>(articles(Path.of("../shared/corpus")));
		java.util.Collections.shuffle(articles, new java.util.Random(seed));
		try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
			for (Map.Entry<String, ParsedArticle> chosen : articles.subList(0, count)) {
				writer.println("=== " + chosen.getKey());
				writer.println(chosen.getValue().title());
				chosen.getValue().body().forEach((block) -> writer.println(block.text().replace('\n', ' ')));
			}
		}
	}

	public static void main(String[] args) throws IOException {
		if (args[0].equals("pick")) {
			pick(Path.of(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]));
			return;
		}
		Path out = Path.of(args[0]);
		int every = (args.length > 1) ? Integer.parseInt(args[1]) : 1;
		List<Map.Entry<String, ParsedArticle>> articles = articles(Path.of("../shared/corpus"));
		EntityRecognizer recognizer = new EntityRecognizer();
		recognizer.warmUp();
		Map<String, long[]> counts = new HashMap<>();
		Map<String, RecognisedEntity> entities = new HashMap<>();
		long nanos = 0;
		long chars = 0;
		int done = 0;
		try (PrintWriter perArticle = new PrintWriter(Files.newBufferedWriter(out.resolve("articles.tsv")))) {
			for (int i = 0; i < articles.size(); i += every) {
				ParsedArticle article = articles.get(i).getValue();
				long start = System.nanoTime();
				Recognition recognition = recognizer.recognise(article);
				nanos += System.nanoTime() - start;
				chars += article.body().stream().mapToInt((b) -> b.text().length()).sum();
				done++;
				Map<String, RecognisedEntity> byKey = new HashMap<>();
				recognition.entities().forEach((e) -> byKey.put(e.key(), e));
				List<String> people = new ArrayList<>();
				for (Mention mention : recognition.mentions()) {
					RecognisedEntity entity = byKey.get(mention.entityKey());
					entities.putIfAbsent(entity.key(), entity);
					long[] c = counts.computeIfAbsent(entity.key(), (k) -> new long[2]);
					c[0]++;
					c[1] += mention.count();
					if (entity.type().name().equals("PERSON")) {
						people.add(entity.canonicalName());
					}
				}
				perArticle.println(articles.get(i).getKey() + "\t" + String.join("|", people));
			}
		}
		List<String> keys = new ArrayList<>(counts.keySet());
		keys.sort(Comparator.comparingLong((String k) -> -counts.get(k)[0]).thenComparing(Comparator.naturalOrder()));
		try (PrintWriter top = new PrintWriter(Files.newBufferedWriter(out.resolve("entities.tsv")))) {
			for (String key : keys) {
				RecognisedEntity e = entities.get(key);
				top.println(counts.get(key)[0] + "\t" + counts.get(key)[1] + "\t" + e.type() + "\t" + e.canonicalName()
						+ "\t" + key + "\t" + String.join("|", e.simplified()));
			}
		}
		System.out.printf("%d articles, %.2f ms per article, %.3f ms per 1000 chars%n", done, nanos / 1e6 / done,
				nanos / 1e6 / (chars / 1000.0));
	}

}
