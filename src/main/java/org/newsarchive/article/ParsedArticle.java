package org.newsarchive.article;

import java.time.Instant;
import java.util.List;

/**
 * What a parser got out of one file: everything an archivist records about an article,
 * cleaned, before it is stored. Every parser returns this one shape.
 *
 * @param sourceSlug the outlet: a registered source's slug ({@code bbc-chinese} …) or the
 * slug of one the file names ({@code ObservedSource})
 * @param title the title in the article's main language
 * @param otherTitle the title in the other language of a bilingual article, or null
 * @param url the article's address, percent-decoded for display, or null
 * @param section the outlet's section or column, or null
 * @param contributors authors and editors in the order the file names them
 * @param published when the outlet published it, at the precision the evidence supports,
 * or null where the file gives no evidence at all
 * @param capturedAt when the copy was captured or last modified, where the file says, or
 * null
 * @param languages BCP 47 tags of the body's languages, main language first
 * ({@code zh-Hans}, {@code zh-Hant}, {@code en})
 * @param lede the standfirst paragraph, or null
 * @param body the article text in reading order
 * @param images the pictures in reading order; a body block of kind IMAGE points at one
 * @param damagedSpots how many places of the source text are damaged beyond repair
 * @param warnings what the parser noticed but could work around, in plain words
 * @param parser the name of the parser that read the file
 */
public record ParsedArticle(String sourceSlug, String title, String otherTitle, String url, String section,
		List<Contributor> contributors, Published published, Instant capturedAt, List<String> languages, String lede,
		List<Block> body, List<Image> images, int damagedSpots, List<String> warnings, String parser) {

	public ParsedArticle {
		contributors = List.copyOf(contributors);
		languages = List.copyOf(languages);
		body = List.copyOf(body);
		images = List.copyOf(images);
		warnings = List.copyOf(warnings);
	}

	/**
	 * What a reader sees of it, hashed ({@link ContentFingerprint}): two copies of a
	 * source's article with the same fingerprint are the same content.
	 */
	public String contentFingerprint() {
		return ContentFingerprint.of(this);
	}

	/** The language of the main text, the first of {@link #languages()}. */
	public String language() {
		return this.languages.isEmpty() ? null : this.languages.get(0);
	}

}
