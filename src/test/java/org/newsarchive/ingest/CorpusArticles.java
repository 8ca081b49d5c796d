package org.newsarchive.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.search.IndexedArticle;

/**
 * The articles of corpus collections as the archive indexes them before their people are
 * known, read through the import's own decoder and parsers, so that a benchmark of an
 * index alone reads every format the archive does.
 */
public final class CorpusArticles {

	private CorpusArticles() {
	}

	/**
	 * Every article of the collections, numbered from 1 in the order of the collections
	 * and their files; unreadable files are passed over.
	 */
	public static List<IndexedArticle> read(List<Path> collections) throws IOException {
		TextDecoder decoder = new TextDecoder();
		Parsers parsers = new Parsers();
		List<IndexedArticle> articles = new ArrayList<>();
		for (Path collection : collections) {
			for (Path file : files(collection)) {
				ReadFile read;
				try {
					read = parsers.read(decoder.decode(bytes(file)));
				}
				catch (UnreadableFileException ex) {
					continue;
				}
				for (ReadEntry entry : read.entries()) {
					if (entry.article() != null) {
						articles.add(indexed(articles.size() + 1, entry.article()));
					}
				}
			}
		}
		return articles;
	}

	/** The document the archive indexes for a parsed article, before people are known. */
	static IndexedArticle indexed(long id, ParsedArticle article) {
		List<IndexedArticle.Text> body = article.body()
			.stream()
			.filter((block) -> block.kind() != Block.Kind.IMAGE && !block.text().isBlank())
			.map((block) -> new IndexedArticle.Text(block.text(), block.language()))
			.toList();
		List<String> authors = article.contributors().stream().map(Contributor::name).toList();
		Published published = article.published();
		return new IndexedArticle(id, article.title(), article.otherTitle(), article.lede(), body, List.of(), authors,
				article.sourceSlug(), article.sourceSlug(),
				(published != null) ? published.earliest().toInstant().toEpochMilli() : null,
				(published != null) ? published.precision().name() : null,
				(published != null) ? published.value() : null, article.languages(), List.of(), List.of(), 1);
	}

	static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}

	static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
