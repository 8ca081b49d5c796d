package org.newsarchive.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.article.Block;
import org.newsarchive.article.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recombined sets the scale benchmarks import, made from a small corpus of real
 * files.
 */
class RecombinedCorpusTests {

	@TempDir
	Path folder;

	private Path corpus;

	private final Parsers parsers = new Parsers();

	@BeforeEach
	void corpus() throws IOException {
		this.corpus = this.folder.resolve("corpus");
		write("chinanews/1.xml", "chinanews-1.xml");
		write("taiwan/cts.json", "taiwan-cts-excerpt.json");
		write("xinwenlianbo/20221121.md", "xinwenlianbo-20221121.md");
		Files.writeString(this.corpus.resolve("README.md"), "# Not an article\n");
	}

	@Test
	void eachPassOverTheCorpusKeepsTitlesOutletsScriptsAndParagraphCountsAndMovesTheDatesBackByItsSpan()
			throws IOException {
		List<ParsedArticle> originals = articlesIn(this.corpus);
		RecombinedCorpus recombined = RecombinedCorpus.read(this.corpus);
		assertThat(originals).hasSize(8);
		assertThat(recombined.size()).isEqualTo(8);
		assertThat(recombined.skipped()).isEqualTo(1);
		assertThat(recombined.yearsPerPass()).isEqualTo(6);

		RecombinedCorpus.Written written = recombined.write(17, 42, 4, this.folder.resolve("set"));

		assertThat(written)
			.extracting(RecombinedCorpus.Written::articles, RecombinedCorpus.Written::files,
					RecombinedCorpus.Written::firstYear, RecombinedCorpus.Written::lastYear)
			.containsExactly(17, 5, 2005, 2022);
		assertThat(names(this.folder.resolve("set"))).containsExactly("000000.jsonl", "000001.jsonl", "000002.jsonl",
				"000003.jsonl", "000004.jsonl");
		List<ParsedArticle> set = articlesIn(this.folder.resolve("set"));
		assertThat(set).hasSize(17);
		List<ParsedArticle> first = set.subList(0, 8);
		List<ParsedArticle> second = set.subList(8, 16);
		assertThat(first).extracting(RecombinedCorpusTests::kept)
			.containsExactlyInAnyOrderElementsOf(originals.stream().map(RecombinedCorpusTests::kept).toList());
		assertThat(second).extracting(RecombinedCorpusTests::kept)
			.containsExactlyElementsOf(first.stream().map(RecombinedCorpusTests::kept).toList());
		assertThat(set.get(16)).extracting(RecombinedCorpusTests::kept).isEqualTo(kept(first.get(0)));
		assertThat(first).extracting((article) -> article.published().value())
			.containsExactlyInAnyOrderElementsOf(originals.stream().map((a) -> a.published().value()).toList());
		for (int i = 0; i < 8; i++) {
			String date = first.get(i).published().value();
			assertThat(second.get(i).published().value()).isEqualTo(RecombinedCorpus.shifted(date, 6));
			assertThat(set.get(i).published().precision()).isEqualTo(set.get(i + 8).published().precision());
		}
		assertThat(set.get(16).published().value())
			.isEqualTo(RecombinedCorpus.shifted(first.get(0).published().value(), 12));
		Set<String> corpusParagraphs = new HashSet<>();
		originals.forEach((article) -> corpusParagraphs.addAll(paragraphs(article)));
		assertThat(set).flatExtracting(RecombinedCorpusTests::paragraphs).isSubsetOf(corpusParagraphs);
		assertThat(set).flatExtracting(RecombinedCorpusTests::paragraphs)
			.hasSize(originals.stream().mapToInt((a) -> paragraphs(a).size()).sum() * 2
					+ paragraphs(first.get(0)).size());
	}

	@Test
	void anArticleOfAnOutletKnownByItsAddressGetsANewAddressOnItsSiteAndOneKnownByNameNone() throws IOException {
		RecombinedCorpus.read(this.corpus).write(8, 42, 100, this.folder.resolve("set"));

		List<ParsedArticle> set = articlesIn(this.folder.resolve("set"));

		assertThat(set).filteredOn((article) -> article.sourceSlug().equals("chinanews-com"))
			.extracting(ParsedArticle::url)
			.allMatch((url) -> url.matches("http://www\\.chinanews\\.com/recombined/42/\\d+"))
			.hasSize(1);
		assertThat(set).filteredOn((article) -> article.sourceSlug().equals("xinwenlianbo"))
			.extracting(ParsedArticle::url)
			.containsOnlyNulls()
			.hasSize(3);
	}

	@Test
	void theSameSeedWritesTheSameBytesAndAnotherSeedOtherArticles() throws IOException {
		RecombinedCorpus recombined = RecombinedCorpus.read(this.corpus);
		recombined.write(20, 42, 100, this.folder.resolve("a"));
		recombined.write(20, 42, 100, this.folder.resolve("b"));
		recombined.write(20, 43, 100, this.folder.resolve("c"));

		String a = Files.readString(this.folder.resolve("a/000000.jsonl"));
		assertThat(Files.readString(this.folder.resolve("b/000000.jsonl"))).isEqualTo(a);
		assertThat(Files.readString(this.folder.resolve("c/000000.jsonl"))).isNotEqualTo(a);
	}

	@Test
	void datesMoveBackByWholeYearsAtTheirPrecision() {
		assertThat(RecombinedCorpus.shifted("2017-11-26", 10)).isEqualTo("2007-11-26");
		assertThat(RecombinedCorpus.shifted("2020-02-29T23:37:00", 10)).isEqualTo("2010-02-28T23:37:00");
		assertThat(RecombinedCorpus.shifted("2023-02-18T08:04+01:00", 1)).isEqualTo("2022-02-18T08:04+01:00");
	}

	/** What a recombined article keeps of its template, its date apart. */
	private static List<Object> kept(ParsedArticle article) {
		return List.of(article.title(), article.sourceSlug(), article.languages(), paragraphs(article).size());
	}

	private static List<String> paragraphs(ParsedArticle article) {
		return article.body().stream().filter((block) -> block.kind() != Block.Kind.IMAGE).map(Block::text).toList();
	}

	private List<ParsedArticle> articlesIn(Path root) throws IOException {
		List<ParsedArticle> articles = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".jsonl") || !f.getParent().equals(root))
				.filter(Files::isRegularFile)
				.sorted()
				.toList()) {
				this.parsers.parse(Files.readString(file))
					.entries()
					.stream()
					.map(ReadEntry::article)
					.filter((article) -> article != null)
					.forEach(articles::add);
			}
		}
		return articles;
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

	private void write(String name, String resource) throws IOException {
		Path file = this.corpus.resolve(name);
		Files.createDirectories(file.getParent());
		Files.write(file, CollectionFiles.bytes(resource));
	}

}
