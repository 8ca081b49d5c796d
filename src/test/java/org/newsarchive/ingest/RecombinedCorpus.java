package org.newsarchive.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.newsarchive.article.Block;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.source.ObservedSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Articles made from a corpus by recombining its real paragraphs, to measure the archive
 * at sizes the corpus does not reach (its README asks to keep the distribution of
 * lengths, scripts and dates). Shared by the benchmarks; not a test.
 * <p>
 * The corpus (every file below its sub-folders: chinanews, taiwan, xinwenlianbo) is read
 * through the archive's own decoder and parsers, so every article an import would store
 * is a template. Article i of a set takes template i mod the corpus size, in an order
 * shuffled by the seed so that any slice of the set has the corpus' mix of collections.
 * It keeps the template's title, outlet, script and number of paragraphs; each paragraph
 * is drawn from the {@value #NEIGHBOURS} paragraphs of the same script nearest in length
 * to the template's, so each paragraph keeps its length. Its date is the template's, at
 * the template's precision, moved back by the corpus' span in whole years for each pass
 * over the corpus (pass p = i / corpus size): the corpus spans 2017–2026, so 25,000
 * articles cover those 10 years and 100,000 cover 1987–2026, each decade with the corpus'
 * spread of dates. An article of an outlet known by its address gets a new address on the
 * same site ({@code …/recombined/<seed>/<i>}); one of an outlet known by name (新闻联播) gets
 * none, and is told apart by its title and date.
 * <p>
 * The corpus' paragraphs are held in memory (about 40 MB for the 26,000 articles of
 * {@code ../shared/corpus}); the set is written as it is made, JSON Lines files of a
 * given number of articles, never more than one article in memory.
 */
public final class RecombinedCorpus {

	/** Paragraphs of nearest length among which one is drawn. */
	private static final int NEIGHBOURS = 8;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<Template> templates;

	private final Map<String, Pool> pools;

	private final int firstYear;

	private final int yearsPerPass;

	private final int skipped;

	private RecombinedCorpus(List<Template> templates, Map<String, Pool> pools, int skipped) {
		this.templates = templates;
		this.pools = pools;
		this.firstYear = templates.stream().mapToInt(Template::year).min().orElseThrow();
		this.yearsPerPass = templates.stream().mapToInt(Template::year).max().orElseThrow() - this.firstYear + 1;
		this.skipped = skipped;
	}

	/**
	 * Reads a corpus. Skipped, and counted in {@link #skipped()}: files and entries the
	 * archive rejects, articles without a date to the day (a set keeps every article's
	 * date), and a second article of an outlet known by name with the same title and date
	 * (it would be the same article).
	 */
	public static RecombinedCorpus read(Path corpus) throws IOException {
		TextDecoder decoder = new TextDecoder();
		Parsers parsers = new Parsers();
		List<Template> templates = new ArrayList<>();
		Map<String, List<String>> paragraphs = new TreeMap<>();
		Set<String> unaddressed = new HashSet<>();
		int skipped = 0;
		for (Path file : files(corpus)) {
			ReadFile read;
			try {
				read = parsers.read(decoder.decode(Files.readAllBytes(file)));
			}
			catch (UnreadableFileException ex) {
				skipped++;
				continue;
			}
			for (ReadEntry entry : read.entries()) {
				Template template = (entry.article() != null) ? template(entry) : null;
				if (template == null || (template.homepage() == null
						&& !unaddressed.add(template.site() + "\n" + template.title() + "\n" + template.date()))) {
					skipped++;
					continue;
				}
				templates.add(template);
				paragraphs.computeIfAbsent(template.language(), (language) -> new ArrayList<>())
					.addAll(paragraphs(entry.article()));
			}
		}
		Map<String, Pool> pools = new LinkedHashMap<>();
		paragraphs.forEach((language, texts) -> pools.put(language, Pool.of(texts)));
		return new RecombinedCorpus(List.copyOf(templates), pools, skipped);
	}

	/** The corpus articles the set is made from. */
	public int size() {
		return this.templates.size();
	}

	/** What {@link #read} left out. */
	public int skipped() {
		return this.skipped;
	}

	/** How many years back each pass over the corpus moves the dates. */
	public int yearsPerPass() {
		return this.yearsPerPass;
	}

	/**
	 * Writes {@code count} articles into {@code folder} as JSON Lines files of
	 * {@code perFile} articles ({@code 000000.jsonl}, {@code 000001.jsonl} …); the same
	 * corpus, count and seed write the same bytes.
	 */
	public Written write(int count, long seed, int perFile, Path folder) throws IOException {
		Files.createDirectories(folder);
		Random random = new Random(seed);
		List<Template> order = new ArrayList<>(this.templates);
		Collections.shuffle(order, random);
		long templateCharacters = 0;
		long characters = 0;
		int files = 0;
		BufferedWriter out = null;
		try {
			for (int i = 0; i < count; i++) {
				if (i % perFile == 0) {
					if (out != null) {
						out.close();
					}
					out = Files.newBufferedWriter(folder.resolve("%06d.jsonl".formatted(files++)),
							StandardCharsets.UTF_8);
				}
				Template template = order.get(i % order.size());
				int pass = i / order.size();
				Pool pool = this.pools.get(template.language());
				List<String> body = new ArrayList<>(template.lengths().length);
				for (int length : template.lengths()) {
					String paragraph = pool.near(length, random);
					body.add(paragraph);
					templateCharacters += length;
					characters += paragraph.length();
				}
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("title", template.title());
				item.put("content", String.join("\n", body));
				item.put("date", shifted(template.date(), pass * this.yearsPerPass));
				if (template.homepage() != null) {
					item.put("url", template.homepage() + "recombined/" + seed + "/" + i);
				}
				item.put("website", template.site());
				out.write(JSON.writeValueAsString(item));
				out.write('\n');
			}
		}
		finally {
			if (out != null) {
				out.close();
			}
		}
		int passes = (count + order.size() - 1) / order.size();
		return new Written(count, files, this.firstYear - (passes - 1) * this.yearsPerPass,
				this.firstYear + this.yearsPerPass - 1, templateCharacters, characters);
	}

	/**
	 * What a set holds.
	 *
	 * @param firstYear the earliest year of its dates
	 * @param lastYear the latest
	 * @param templateCharacters the length of the templates' paragraphs its articles took
	 * @param characters the length of the paragraphs it holds
	 */
	public record Written(int articles, int files, int firstYear, int lastYear, long templateCharacters,
			long characters) {

	}

	/**
	 * The date value moved back by whole years, at its precision; 29 February becomes the
	 * 28th.
	 */
	static String shifted(String value, int years) {
		LocalDate day = LocalDate.parse(value.substring(0, 10)).minusYears(years);
		return day + value.substring(10);
	}

	private static Template template(ReadEntry entry) {
		ParsedArticle article = entry.article();
		Published published = article.published();
		List<String> paragraphs = paragraphs(article);
		if (published == null || published.precision() == Published.Precision.YEAR
				|| published.precision() == Published.Precision.MONTH || paragraphs.isEmpty()) {
			return null;
		}
		ObservedSource source = entry.source();
		String site = (source != null) ? source.name() : article.sourceSlug();
		String homepage = (article.url() != null) ? ObservedSource.ofUrl(article.url(), site, article.language())
			.filter((observed) -> observed.slug().equals(article.sourceSlug()))
			.map(ObservedSource::homepage)
			.orElse(null) : null;
		return new Template(article.title(), site, homepage, published.value(), article.language(),
				paragraphs.stream().mapToInt(String::length).toArray());
	}

	/** The texts a template's body is made of, each a line of a set's {@code content}. */
	private static List<String> paragraphs(ParsedArticle article) {
		Stream<String> lede = (article.lede() != null) ? Stream.of(article.lede()) : Stream.empty();
		Stream<String> body = article.body()
			.stream()
			.filter((block) -> block.kind() != Block.Kind.IMAGE)
			.map(Block::text);
		return Stream.concat(lede, body)
			.map((text) -> Whitespace.normalise(text.replace('\n', ' ')))
			.filter((text) -> !text.isEmpty())
			.toList();
	}

	private static List<Path> files(Path corpus) throws IOException {
		try (Stream<Path> walk = Files.walk(corpus)) {
			return walk.filter(Files::isRegularFile)
				.filter((file) -> !file.getParent().equals(corpus))
				.sorted()
				.toList();
		}
	}

	/**
	 * A corpus article as a set uses it.
	 *
	 * @param site the outlet's name
	 * @param homepage the outlet's site where its articles have addresses, or null
	 * @param date the published value, to the day or finer
	 * @param lengths its paragraphs' lengths, in order
	 */
	private record Template(String title, String site, String homepage, String date, String language, int[] lengths) {

		int year() {
			return Integer.parseInt(this.date.substring(0, 4));
		}

	}

	/** The paragraphs of one script, by length. */
	private record Pool(String[] texts, int[] lengths) {

		static Pool of(List<String> paragraphs) {
			String[] texts = paragraphs.stream().sorted(Comparator.comparingInt(String::length)).toArray(String[]::new);
			return new Pool(texts, Arrays.stream(texts).mapToInt(String::length).toArray());
		}

		String near(int length, Random random) {
			int found = Arrays.binarySearch(this.lengths, length);
			int at = (found >= 0) ? found : -found - 1;
			int from = Math.max(0, Math.min(at - NEIGHBOURS / 2, this.texts.length - NEIGHBOURS));
			int to = Math.min(this.texts.length, from + NEIGHBOURS);
			return this.texts[from + random.nextInt(to - from)];
		}

	}

}
