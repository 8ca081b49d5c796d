package org.newsarchive.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import org.newsarchive.article.Block;
import org.newsarchive.article.EntityRef;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.entity.EntityRecognizer;
import org.newsarchive.entity.Mention;
import org.newsarchive.entity.RecognisedEntity;
import org.newsarchive.entity.Recognition;
import org.newsarchive.ingest.ParsedFiles;
import org.newsarchive.text.ChineseScript;

import com.ibm.icu.text.Transliterator;

/**
 * Not a test: would a sentence embedding (BGE small zh v1.5, in-process through ONNX
 * Runtime) tell same-story pairs from the rest where the engine's lexical rules fail? Run
 * by hand: {@code java ... StoryEmbeddingBench pairs <out.tsv>} embeds the title and the
 * first {@link #OPENING} characters of every labelled article of the seven sets, writes
 * each story pair's cosine beside its label and the engine's decision, and prints the
 * distributions and a veto and a rescue chosen leave-one-set-out;
 * {@code ... seeds <folder>} prints the cosines of the seed articles, {@code ... scripts}
 * how far the other script moves a pair's cosine.
 */
public final class StoryEmbeddingBench {

	/**
	 * Characters of the opening embedded after the title: 200 unless the system property
	 * {@code opening} says otherwise (0 for the title alone).
	 */
	static final int OPENING = Integer.getInteger("opening", 200);

	/** The seven labelled sets in the order they were made. */
	private static final List<String> SETS = List.of("", "heldout-", "third-", "fourth-", "fifth-", "sixth-",
			"seventh-");

	private final EmbeddingModel model = new BgeSmallZhV15EmbeddingModel();

	private final EntityRecognizer recognizer = new EntityRecognizer();

	private final Map<String, Long> entityIds = new HashMap<>();

	/** Process CPU of each embedding (ONNX Runtime computes on threads of its own). */
	private final List<Long> embeddingCpuNanos = new ArrayList<>();

	private StoryEmbeddingBench() {
	}

	public static void main(String[] args) throws IOException {
		StoryEmbeddingBench bench = new StoryEmbeddingBench();
		switch (args[0]) {
			case "pairs" -> bench.pairs(Path.of(args[1]));
			case "seeds" -> bench.seeds(Path.of(args[1]));
			case "scripts" -> bench.scripts();
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	/**
	 * Each seed embedded once per language of its text, blocks of no language left out (a
	 * bilingual article's other half under its other title), and the cosine of every two.
	 */
	private void seeds(Path folder) throws IOException {
		List<String> names = new ArrayList<>();
		List<float[]> vectors = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			int index = 0;
			for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).sorted().toList()) {
				for (ParsedArticle seed : ParsedFiles.parse(Files.readString(file, StandardCharsets.UTF_8))) {
					List<String> languages = seed.body()
						.stream()
						.map(Block::language)
						.filter(Objects::nonNull)
						.distinct()
						.toList();
					for (String language : languages) {
						String text = String.join(" ",
								seed.body()
									.stream()
									.filter((block) -> language.equals(block.language()))
									.map(Block::text)
									.toList());
						String title = language.equals(languages.get(0)) ? seed.title() : seed.otherTitle();
						names.add(index + "/" + language);
						vectors.add(embed(title, text));
						System.out.printf("%s %s | %s%n", names.getLast(), title,
								text.substring(0, Math.min(60, text.length())));
					}
					index++;
				}
			}
		}
		for (int i = 0; i < vectors.size(); i++) {
			for (int j = i + 1; j < vectors.size(); j++) {
				System.out.printf("%s %s cosine %.3f%n", names.get(i), names.get(j),
						cosine(vectors.get(i), vectors.get(j)));
			}
		}
	}

	/**
	 * Every story pair's cosine with its second article in the other script (as
	 * {@code LabelledStoriesTests.theOtherScriptChangesNoDecision} makes it) against the
	 * cosine as written.
	 */
	private void scripts() throws IOException {
		Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
		List<Double> shifts = new ArrayList<>();
		List<Double> selves = new ArrayList<>();
		for (String prefix : SETS) {
			Map<String, float[]> asWritten = new HashMap<>();
			Map<String, String[]> rows = new HashMap<>();
			for (String line : lines(prefix + "articles.tsv")) {
				String[] f = line.split("\t", -1);
				rows.put(f[0], f);
			}
			for (String line : lines(prefix + "pairs.tsv")) {
				String[] f = line.split("\t", -1);
				if (!f[0].equals("story")) {
					continue;
				}
				String[] a = rows.get(f[1]);
				String[] b = rows.get(f[2]);
				boolean traditional = ChineseScript.hasTraditional(b[3] + b[4]);
				String title = traditional ? toSimplified.transliterate(b[3]) : ChineseScript.traditional(b[3]);
				String text = traditional ? toSimplified.transliterate(b[4]) : ChineseScript.traditional(b[4]);
				float[] vectorA = asWritten.computeIfAbsent(f[1], (key) -> embed(a[3], a[4]));
				float[] vectorB = asWritten.computeIfAbsent(f[2], (key) -> embed(b[3], b[4]));
				float[] copy = embed(title, text);
				selves.add(cosine(vectorB, copy));
				shifts.add(cosine(vectorA, copy) - cosine(vectorA, vectorB));
			}
		}
		printEmbeddingCpu();
		System.out.println("an article against itself in the other script: " + summary(selves));
		System.out.println("a pair's cosine, other script minus as written: " + summary(shifts));
	}

	private static String summary(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return String.format("n=%d min %.3f p10 %.3f median %.3f p90 %.3f max %.3f", sorted.length, sorted[0],
				quantile(sorted, 0.1), quantile(sorted, 0.5), quantile(sorted, 0.9), sorted[sorted.length - 1]);
	}

	/** One labelled story pair: its set, position, label, engine's decision, cosine. */
	record Scored(int set, int position, boolean same, boolean engine, double cosine, int daysApart,
			boolean oneOutlet) {

	}

	private void pairs(Path out) throws IOException {
		List<Scored> scored = new ArrayList<>();
		for (int set = 0; set < SETS.size(); set++) {
			scored.addAll(scoreSet(set));
		}
		try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
			writer.println("# set\tposition\tlabel\tengine\tcosine\tdays apart\tone outlet");
			for (Scored pair : scored) {
				writer.printf("%d\t%d\t%s\t%s\t%.4f\t%d\t%s%n", pair.set(), pair.position(),
						pair.same() ? "same" : "not", pair.engine() ? "same" : "not", pair.cosine(), pair.daysApart(),
						pair.oneOutlet());
			}
		}
		printEmbeddingCpu();
		distribution("same story, engine same", scored, (p) -> p.same() && p.engine());
		distribution("same story, engine missed", scored, (p) -> p.same() && !p.engine());
		distribution("not, engine same (false)", scored, (p) -> !p.same() && p.engine());
		distribution("not, engine apart", scored, (p) -> !p.same() && !p.engine());
		leaveOneSetOut(scored);
	}

	/**
	 * The process's CPU clock ticks in 10 ms steps here, so the mean is given beside the
	 * median.
	 */
	private void printEmbeddingCpu() {
		long[] cpu = this.embeddingCpuNanos.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("embedded %d texts: process CPU a text median %.1f ms, mean %.1f ms, p90 %.1f ms%n",
				cpu.length, cpu[cpu.length / 2] / 1e6, Arrays.stream(cpu).average().orElseThrow() / 1e6,
				cpu[cpu.length * 9 / 10] / 1e6);
	}

	private List<Scored> scoreSet(int set) throws IOException {
		String prefix = SETS.get(set);
		Map<String, String[]> rows = new HashMap<>();
		Map<String, ArticleFeatures> features = new HashMap<>();
		Map<String, float[]> vectors = new HashMap<>();
		MemoryStoryStore store = new MemoryStoryStore();
		long id = set * 10_000L;
		for (String line : lines(prefix + "articles.tsv")) {
			String[] f = line.split("\t", -1);
			rows.put(f[0], f);
			ArticleFeatures article = features(id++, f[1], LocalDate.parse(f[2]), f[3], f[4]);
			features.put(f[0], article);
			store.saveFeatures(article);
			vectors.put(f[0], embed(f[3], f[4]));
		}
		List<Scored> scored = new ArrayList<>();
		int position = 0;
		for (String line : lines(prefix + "pairs.tsv")) {
			String[] f = line.split("\t", -1);
			int at = position++;
			if (!f[0].equals("story")) {
				continue;
			}
			ArticleFeatures a = features.get(f[1]);
			ArticleFeatures b = features.get(f[2]);
			int daysApart = (int) Math.abs(ChronoUnit.DAYS.between(a.firstDay(), b.firstDay()));
			scored.add(new Scored(set, at, f[3].equals("same"), sameStory(store, a, b),
					cosine(vectors.get(f[1]), vectors.get(f[2])), daysApart,
					rows.get(f[1])[1].equals(rows.get(f[2])[1])));
		}
		return scored;
	}

	/**
	 * As {@code LabelledStoriesTests} decides: one text is one story, else the matcher.
	 */
	private static boolean sameStory(MemoryStoryStore store, ArticleFeatures a, ArticleFeatures b) {
		if (StoryMatcher.sameText(a, b)) {
			return true;
		}
		StoryMatcher.Match match = store
			.pool(a.firstDay().minusDays(StoryMatcher.WINDOW_DAYS), a.lastDay().plusDays(StoryMatcher.WINDOW_DAYS))
			.matcher()
			.match(a, b);
		return match != null && match.sameStory();
	}

	private ArticleFeatures features(long id, String source, LocalDate date, String title, String text) {
		Published day = Published.statedDay(date, "labelled set");
		List<Block> body = List.of(Block.paragraph(text, "zh"));
		ParsedArticle parsed = new ParsedArticle(source, title, null, null, null, List.of(), day, null, List.of("zh"),
				null, body, List.of(), 0, List.of(), "labelled set");
		Recognition recognition = this.recognizer.recognise(parsed);
		List<EntityRef> entities = new ArrayList<>();
		for (Mention mention : recognition.mentions()) {
			RecognisedEntity entity = recognition.entity(mention.entityKey()).orElseThrow();
			entities.add(new EntityRef(
					this.entityIds.computeIfAbsent(mention.entityKey(), (key) -> (long) this.entityIds.size()),
					entity.canonicalName(), entity.type().name()));
		}
		return ArticleFeatures.of(id, source, day, title, null, null, body, entities);
	}

	private float[] embed(String title, String text) {
		String input = (OPENING > 0) ? title + "\n" + text.substring(0, Math.min(OPENING, text.length())) : title;
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long before = os.getProcessCpuTime();
		float[] vector = this.model.embed(input).content().vector();
		this.embeddingCpuNanos.add(os.getProcessCpuTime() - before);
		return vector;
	}

	static double cosine(float[] a, float[] b) {
		double dot = 0;
		double normA = 0;
		double normB = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			normA += a[i] * a[i];
			normB += b[i] * b[i];
		}
		return dot / Math.sqrt(normA * normB);
	}

	private static void distribution(String name, List<Scored> pairs, Predicate<Scored> which) {
		double[] cosines = pairs.stream().filter(which).mapToDouble(Scored::cosine).sorted().toArray();
		if (cosines.length == 0) {
			System.out.printf("%-28s none%n", name);
			return;
		}
		System.out.printf("%-28s n=%3d min %.3f p10 %.3f p25 %.3f median %.3f p75 %.3f p90 %.3f max %.3f%n", name,
				cosines.length, cosines[0], quantile(cosines, 0.1), quantile(cosines, 0.25), quantile(cosines, 0.5),
				quantile(cosines, 0.75), quantile(cosines, 0.9), cosines[cosines.length - 1]);
	}

	private static double quantile(double[] sorted, double q) {
		return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	}

	/**
	 * A veto (engine same, cosine below t: apart) and a rescue (engine apart, cosine
	 * above u and at most {@code days} apart: same), each chosen on six sets as the most
	 * found minus twice the false ones, counted on the seventh; the seven counts summed.
	 */
	private static void leaveOneSetOut(List<Scored> scored) {
		double[] grid = new double[101];
		for (int i = 0; i < grid.length; i++) {
			grid[i] = 0.40 + i * 0.005;
		}
		for (int days : new int[] { 0, 1, 10 }) {
			int[] pooled = new int[3];
			int[] engine = new int[3];
			StringBuilder chosen = new StringBuilder();
			for (int held = 0; held < SETS.size(); held++) {
				int heldOut = held;
				List<Scored> training = scored.stream().filter((p) -> p.set() != heldOut).toList();
				List<Scored> testing = scored.stream().filter((p) -> p.set() == heldOut).toList();
				double bestT = 0;
				double bestU = 2;
				int best = Integer.MIN_VALUE;
				for (double t : prepend(0, grid)) {
					for (double u : append(grid, 2)) {
						if (u <= t) {
							continue;
						}
						int[] counts = count(training, t, u, days);
						int value = counts[0] - 2 * counts[1];
						if (value > best) {
							best = value;
							bestT = t;
							bestU = u;
						}
					}
				}
				int[] counts = count(testing, bestT, bestU, days);
				int[] before = count(testing, 0, 2, days);
				for (int i = 0; i < 3; i++) {
					pooled[i] += counts[i];
					engine[i] += before[i];
				}
				chosen.append(String.format(" %d:t=%.3f,u=%.3f %d/%d/%d->%d/%d/%d", held, bestT, bestU, before[0],
						before[1], before[2], counts[0], counts[1], counts[2]));
			}
			System.out.printf("leave one set out, rescue within %d days:%s%n", days, chosen);
			System.out.printf("  pooled engine %s, with veto and rescue %s%n", score(engine), score(pooled));
		}
		for (double t : new double[] { 0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75 }) {
			for (double u : new double[] { 2, 0.95, 0.9, 0.85, 0.8, 0.75 }) {
				System.out.printf("all sets, veto below %.2f, rescue above %.2f: %s%n", t, u,
						score(count(scored, t, u, 10)));
			}
		}
	}

	/** Found, false and missed pairs with a veto below t and a rescue above u. */
	private static int[] count(List<Scored> pairs, double t, double u, int days) {
		int[] counts = new int[3];
		for (Scored pair : pairs) {
			boolean same = pair.engine() ? pair.cosine() >= t : (pair.cosine() > u && pair.daysApart() <= days);
			counts[0] += (same && pair.same()) ? 1 : 0;
			counts[1] += (same && !pair.same()) ? 1 : 0;
			counts[2] += (!same && pair.same()) ? 1 : 0;
		}
		return counts;
	}

	private static String score(int[] counts) {
		return String.format("%.3f / %.3f (%d, %d, %d)", counts[0] / (double) (counts[0] + counts[1]),
				counts[0] / (double) (counts[0] + counts[2]), counts[0], counts[1], counts[2]);
	}

	private static double[] prepend(double first, double[] rest) {
		double[] all = new double[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

	private static double[] append(double[] rest, double last) {
		double[] all = Arrays.copyOf(rest, rest.length + 1);
		all[rest.length] = last;
		return all;
	}

	private static List<String> lines(String name) throws IOException {
		try (InputStream in = StoryEmbeddingBench.class.getResourceAsStream("/story/labelled/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

}
