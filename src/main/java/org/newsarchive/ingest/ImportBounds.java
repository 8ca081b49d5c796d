package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.Image;
import org.newsarchive.article.ParsedArticle;

/**
 * How much one file may become. A file of many tiny lines, or one huge line, must not
 * make an import reply, the import history or an article page many times its own size;
 * the original is kept whole, so nothing cut here is lost.
 */
final class ImportBounds {

	/** Warnings kept per file; the rest are counted. */
	static final int MAX_WARNINGS = 20;

	/** Blocks kept per article: several times the longest article of any outlet. */
	static final int MAX_BLOCKS = 1_000;

	/** Characters of lede and body text kept per article. */
	static final int MAX_TEXT = 200_000;

	static final int MAX_CONTRIBUTORS = 50;

	/** Characters kept of a title, name, caption, address or error. */
	static final int MAX_FIELD = 1_000;

	private ImportBounds() {
	}

	/**
	 * The article within the bounds, with what was noticed before parsing and what was
	 * cut among its warnings.
	 * @param noticedBefore warnings from reading the file, before its format was known
	 */
	static ParsedArticle bound(ParsedArticle article, List<String> noticedBefore) {
		List<String> cuts = new ArrayList<>();
		List<Block> body = new ArrayList<>();
		int text = (article.lede() != null) ? Math.min(article.lede().length(), MAX_TEXT) : 0;
		for (Block block : article.body()) {
			if (body.size() == MAX_BLOCKS) {
				cuts.add(String.format(Locale.ROOT,
						"the article is cut after %,d blocks of its %,d; the original file is kept whole", MAX_BLOCKS,
						article.body().size()));
				break;
			}
			if (text + block.text().length() > MAX_TEXT) {
				body.add(new Block(block.kind(), cut(block.text(), MAX_TEXT - text), block.language(), block.pair(),
						block.image()));
				cuts.add(String.format(Locale.ROOT,
						"the article's text is cut after %,d characters; the original file is kept whole", MAX_TEXT));
				break;
			}
			text += block.text().length();
			body.add(block);
		}
		int imagesShown = body.stream()
			.filter((block) -> block.image() != null)
			.mapToInt((block) -> block.image() + 1)
			.max()
			.orElse(0);
		List<Contributor> contributors = article.contributors()
			.stream()
			.limit(MAX_CONTRIBUTORS)
			.map((c) -> new Contributor(field(c.name(), cuts), c.role(), field(c.otherName(), cuts),
					field(c.email(), cuts)))
			.toList();
		if (article.contributors().size() > MAX_CONTRIBUTORS) {
			cuts.add(String.format(Locale.ROOT, "only the first %d of %,d contributors are kept", MAX_CONTRIBUTORS,
					article.contributors().size()));
		}
		List<Image> images = article.images()
			.subList(0, Math.min(imagesShown, article.images().size()))
			.stream()
			.map((i) -> new Image(field(i.src(), cuts), field(i.alt(), cuts), field(i.caption(), cuts),
					field(i.captionTranslation(), cuts), field(i.credit(), cuts)))
			.toList();
		String title = field(article.title(), cuts);
		String otherTitle = field(article.otherTitle(), cuts);
		String url = field(article.url(), cuts);
		String section = field(article.section(), cuts);
		List<String> warnings = new ArrayList<>(noticedBefore);
		warnings.addAll(cuts.stream().distinct().toList());
		warnings.addAll(article.warnings());
		return new ParsedArticle(article.sourceSlug(), title, otherTitle, url, section, contributors,
				article.published(), article.capturedAt(), article.languages(),
				(article.lede() != null) ? cut(article.lede(), MAX_TEXT) : null, body, images, article.damagedSpots(),
				warnings(warnings), article.parser());
	}

	/** The first {@link #MAX_WARNINGS} warnings, then how many more there were. */
	static List<String> warnings(List<String> warnings) {
		if (warnings.size() <= MAX_WARNINGS) {
			return warnings;
		}
		List<String> kept = new ArrayList<>(warnings.subList(0, MAX_WARNINGS));
		kept.add(String.format(Locale.ROOT, "… and %,d more warnings", warnings.size() - MAX_WARNINGS));
		return kept;
	}

	/** A reason or name cut to {@link #MAX_FIELD} characters. */
	static String field(String text) {
		return (text == null || text.length() <= MAX_FIELD) ? text : cut(text, MAX_FIELD - 1) + "…";
	}

	private static String field(String text, List<String> cuts) {
		String bounded = field(text);
		if (bounded != null && bounded.length() < text.length()) {
			cuts.add(String.format(Locale.ROOT, "a title, name, caption or address longer than %,d characters is cut",
					MAX_FIELD));
		}
		return bounded;
	}

	/** The text's first characters, never splitting a surrogate pair. */
	private static String cut(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int end = (length > 0 && Character.isHighSurrogate(text.charAt(length - 1))) ? length - 1 : length;
		return text.substring(0, end);
	}

}
