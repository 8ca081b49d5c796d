package org.newsarchive.article;

import java.time.Instant;
import java.util.List;

import org.newsarchive.source.SourceRef;

/**
 * An article as readers and other tools see it; the JSON of {@code /api/articles/{id}}.
 *
 * @param people the people, organisations and places the article is about
 * @param origin where the stored text came from
 */
public record ArticleView(long id, String title, String otherTitle, SourceRef source, String url, String section,
		List<Contributor> authors, Published published, List<String> languages, String lede, List<Block> body,
		List<Image> images, List<EntityRef> people, Origin origin) {

	/** The language of the main text. */
	public String language() {
		return this.languages.isEmpty() ? null : this.languages.get(0);
	}

	/** Whether the body pairs paragraphs with their translations. */
	public boolean bilingual() {
		return this.body.stream().anyMatch((block) -> block.pair() != null);
	}

	/**
	 * Where the stored text came from.
	 *
	 * @param file the name of the file it was read from
	 * @param sha256 the file's SHA-256
	 * @param rawDocumentId the kept original
	 * @param charset the encoding the file was decoded from
	 * @param entry the article's place in a file of several articles (an item index or
	 * number), or null where it is the whole file
	 * @param capturedAt when the copy was captured or last modified, where the file says
	 * @param receivedAt when the archive received the file
	 * @param damagedSpots how many places of the source text were damaged beyond repair
	 */
	public record Origin(String file, String sha256, long rawDocumentId, String charset, String entry, String parser,
			Instant capturedAt, Instant receivedAt, List<String> warnings, int damagedSpots) {

	}

}
