package org.newsarchive.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.newsarchive.article.ParsedArticle;
import org.newsarchive.entity.EntityRecognizer;
import org.newsarchive.entity.Mention;
import org.newsarchive.entity.RecognisedEntity;
import org.newsarchive.entity.Recognition;

/**
 * Writes who every article of {@code ../shared/corpus} names, in import order (the
 * collections, then their files, sorted as the import reads them; the entries of each
 * file in order), through one {@link EntityRecognizer} that learns names as it goes: the
 * entities with every name, the mentions with their count, first sentence and roles. Two
 * builds recognise the same way when their dumps are byte-identical. Not a test: run it
 * by hand, as {@code docs/benchmarks.md} says, with the corpus folder (or a sample of
 * it), the file to write and, optionally, the collections to read.
 */
public final class RecognitionDump {

	private RecognitionDump() {
	}

	public static void main(String[] args) throws IOException {
		Path corpus = Path.of(args[0]);
		List<Path> collections;
		try (Stream<Path> folders = Files.list(corpus)) {
			collections = folders.filter(Files::isDirectory)
				.filter((folder) -> args.length < 3
						|| List.of(args).subList(2, args.length).contains(folder.getFileName().toString()))
				.sorted()
				.toList();
		}
		EntityRecognizer recognizer = new EntityRecognizer();
		TextDecoder decoder = new TextDecoder();
		Parsers parsers = new Parsers();
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		recognizer.warmUp();
		int articles = 0;
		long recognising = 0;
		long started = System.nanoTime();
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
			for (Path collection : collections) {
				for (Path file : CorpusArticles.files(collection)) {
					List<ParsedArticle> read = new ArrayList<>();
					try {
						parsers.read(decoder.decode(CorpusArticles.bytes(file)))
							.entries()
							.stream()
							.map(ReadEntry::article)
							.filter((article) -> article != null)
							.forEach(read::add);
					}
					catch (UnreadableFileException ex) {
						continue;
					}
					for (ParsedArticle article : read) {
						out.println("# " + corpus.relativize(file) + " " + article.title());
						long before = cpu.getCurrentThreadCpuTime();
						Recognition recognition = recognizer.recognise(article);
						recognising += cpu.getCurrentThreadCpuTime() - before;
						print(out, recognition);
						articles++;
					}
				}
			}
		}
		System.out.printf(
				"%d articles recognised in %.1f s; the thread's CPU time %.1f s in all (reading the files too), "
						+ "%.1f s recognising: %.2f ms an article%n",
				articles, (System.nanoTime() - started) / 1e9, cpu.getCurrentThreadCpuTime() / 1e9, recognising / 1e9,
				recognising / 1e6 / articles);
	}

	private static void print(PrintWriter out, Recognition recognition) {
		for (RecognisedEntity entity : recognition.entities()) {
			out.println("entity " + entity.key() + " " + entity.type() + " " + entity.canonicalName() + " "
					+ sorted(entity.simplified()) + " " + sorted(entity.traditional()) + " " + sorted(entity.english())
					+ " " + entity.wikidataId());
		}
		for (Mention mention : recognition.mentions()) {
			out.println("mention " + mention.entityKey() + " " + mention.count() + " " + mention.roles() + " "
					+ mention.firstSentence());
		}
	}

	private static Set<String> sorted(Set<String> names) {
		return new TreeSet<>(names);
	}

}
