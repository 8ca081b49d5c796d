package org.newsarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.Image;
import org.newsarchive.article.ArticleView;
import org.newsarchive.article.Published;

/**
 * What the index knows of one article.
 *
 * @param id the article's database id
 * @param title the title, in the main language ({@code languages.get(0)})
 * @param otherTitle the title in the second language of a bilingual article, or null
 * @param lede the standfirst in the main language, or null
 * @param body the body text blocks with their languages, in reading order
 * @param captions image captions and alternative texts with their languages
 * @param authorNames names of the people credited, in any script
 * @param sourceSlug the outlet's slug
 * @param sourceName the outlet's display name
 * @param publishedEarliest the first instant the publication value stands for, epoch
 * milliseconds, or null for an undated article
 * @param publishedPrecision {@code YEAR}, {@code MONTH}, {@code DAY}, {@code MINUTE} or
 * {@code SECOND} (the names of {@link Published.Precision}), or null when undated
 * @param publishedValue the value at its precision ({@code 2023}, {@code 2023-05-03},
 * {@code 2023-02-18T08:04+01:00}), or null when undated
 * @param languages BCP 47 tags of the article, main language first
 * @param personIds ids of the people the article mentions
 * @param personNames names of those people in every known script
 * @param version the database version of the article, to find stale index entries
 */
public record IndexedArticle(long id, String title, String otherTitle, String lede, List<Text> body,
		List<Text> captions, List<String> authorNames, String sourceSlug, String sourceName, Long publishedEarliest,
		String publishedPrecision, String publishedValue, List<String> languages, List<Long> personIds,
		List<String> personNames, long version) {

	public IndexedArticle {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(sourceSlug, "sourceSlug");
		body = List.copyOf(body);
		captions = List.copyOf(captions);
		authorNames = List.copyOf(authorNames);
		languages = List.copyOf(languages);
		personIds = List.copyOf(personIds);
		personNames = List.copyOf(personNames);
		if ((publishedEarliest == null) != (publishedPrecision == null)
				|| (publishedPrecision == null) != (publishedValue == null)) {
			throw new IllegalArgumentException("the publication instant, precision and value go together");
		}
	}

	/**
	 * The index entry of a stored article. Image captions are sorted into languages by
	 * their script, because a caption's language is not recorded: one with Han characters
	 * is Chinese, any other is English.
	 */
	public static IndexedArticle from(ArticleView article, long version, List<Long> personIds,
			List<String> personNames) {
		List<Text> body = article.body()
			.stream()
			.filter((block) -> block.kind() != Block.Kind.IMAGE && !block.text().isBlank())
			.map((block) -> new Text(block.text(), block.language()))
			.toList();
		List<Text> captions = new ArrayList<>();
		for (Image image : article.images()) {
			for (String caption : new String[] { image.caption(), image.captionTranslation(), image.alt() }) {
				if (caption != null && !caption.isBlank()) {
					captions.add(new Text(caption, Text.hasHan(caption) ? "zh" : "en"));
				}
			}
		}
		List<String> authorNames = new ArrayList<>();
		for (Contributor contributor : article.authors()) {
			authorNames.add(contributor.name());
			if (contributor.otherName() != null) {
				authorNames.add(contributor.otherName());
			}
		}
		Published published = article.published();
		return new IndexedArticle(article.id(), article.title(), article.otherTitle(), article.lede(), body, captions,
				authorNames, article.source().slug(), article.source().name(),
				(published != null) ? published.earliest().toInstant().toEpochMilli() : null,
				(published != null) ? published.precision().name() : null,
				(published != null) ? published.value() : null, article.languages(), personIds, personNames, version);
	}

	/** The language of the title: the main language. */
	String titleLanguage() {
		return this.languages.isEmpty() ? null : this.languages.get(0);
	}

	/** The language of the other title: the second language. */
	String otherTitleLanguage() {
		return (this.languages.size() < 2) ? null : this.languages.get(1);
	}

	/**
	 * A piece of text and its language.
	 *
	 * @param value the text
	 * @param language its BCP 47 tag, or null where unknown (then its script decides)
	 */
	public record Text(String value, String language) {

		public Text {
			Objects.requireNonNull(value, "value");
		}

		/**
		 * Whether the Chinese analyzer should read this text rather than the English one.
		 */
		boolean isChinese() {
			return (this.language != null) ? this.language.startsWith("zh") : hasHan(this.value);
		}

		static boolean hasHan(String text) {
			return text.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		}

	}

}
