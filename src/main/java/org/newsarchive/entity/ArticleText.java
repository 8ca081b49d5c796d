package org.newsarchive.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.Image;
import org.newsarchive.article.ParsedArticle;

/**
 * The text a reader came for, in reading order: title, other title, lede, body blocks,
 * image alt texts and captions. Bylines and credits are left out, so the people who wrote
 * or photographed the article are not counted as people it is about.
 */
final class ArticleText {

	private final List<Segment> segments;

	private ArticleText(List<Segment> segments) {
		this.segments = List.copyOf(segments);
	}

	static ArticleText of(ParsedArticle article, ScriptFolder folder) {
		Set<String> bylines = bylines(article, folder);
		List<Segment> segments = new ArrayList<>();
		Builder builder = new Builder(segments, folder, bylines);
		builder.add(article.title(), null);
		builder.add(article.otherTitle(), null);
		builder.add(article.lede(), null);
		Set<Integer> imagesShown = new HashSet<>();
		for (Block block : article.body()) {
			if (block.kind() == Block.Kind.IMAGE) {
				if (block.image() != null && block.image() < article.images().size()) {
					builder.add(article.images().get(block.image()));
					imagesShown.add(block.image());
				}
			}
			else {
				builder.add(block.text(), block.pair());
			}
		}
		for (int i = 0; i < article.images().size(); i++) {
			if (!imagesShown.contains(i)) {
				builder.add(article.images().get(i));
			}
		}
		return new ArticleText(segments);
	}

	List<Segment> segments() {
		return this.segments;
	}

	List<Segment> chinese() {
		return this.segments.stream().filter(Segment::chinese).toList();
	}

	List<Segment> latin() {
		return this.segments.stream().filter((segment) -> !segment.chinese()).toList();
	}

	/** The whole folded text, segments separated by a line break. */
	String folded() {
		return String.join("\n", this.segments.stream().map(Segment::folded).toList());
	}

	private static Set<String> bylines(ParsedArticle article, ScriptFolder folder) {
		Set<String> names = new HashSet<>();
		for (Contributor contributor : article.contributors()) {
			addName(names, contributor.name(), folder);
			addName(names, contributor.otherName(), folder);
		}
		for (Image image : article.images()) {
			addName(names, image.credit(), folder);
		}
		return names;
	}

	private static void addName(Set<String> names, String name, ScriptFolder folder) {
		if (name != null && !name.isBlank()) {
			names.add(folder.fold(name.strip()));
		}
	}

	/**
	 * One run of text.
	 *
	 * @param text as the article wrote it
	 * @param folded the same text in simplified script, same length
	 * @param chinese whether the text is mainly Chinese
	 * @param pair the pair number of a bilingual block, or null
	 */
	record Segment(String text, String folded, boolean chinese, Integer pair) {

		static boolean isHan(char c) {
			return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
		}

	}

	private record Builder(List<Segment> segments, ScriptFolder folder, Set<String> bylines) {

		/** Compiled once: every text of every article is tried against it. */
		private static final Pattern BYLINE_WORDS = Pattern.compile("^(By|by|作者[:：]?|记者|文/|图/|摄影[:：]?)\\s*");

		void add(Image image) {
			add(image.alt(), null);
			add(image.caption(), null);
			add(image.captionTranslation(), null);
		}

		void add(String text, Integer pair) {
			if (text == null || text.isBlank()) {
				return;
			}
			String folded = this.folder.fold(text);
			if (this.bylines.contains(withoutBylineWords(folded))) {
				return;
			}
			this.segments.add(new Segment(text, folded, mainlyChinese(text), pair));
		}

		private static String withoutBylineWords(String text) {
			return BYLINE_WORDS.matcher(text.strip()).replaceFirst("").strip();
		}

		private static boolean mainlyChinese(String text) {
			int han = 0;
			int latin = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Segment.isHan(c)) {
					han++;
				}
				else if (Character.isLetter(c)) {
					latin++;
				}
			}
			return han * 3 >= latin;
		}

	}

}
