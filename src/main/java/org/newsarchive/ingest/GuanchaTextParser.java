package org.newsarchive.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.Image;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;

/**
 * 观察者网 Guancha pages saved as plain text: {@code -} separator lines, the title, a byline
 * of name and e-mail run together, the body from {@code (觀察者網訊)}, a copyright footer and
 * page chrome. This copy is in traditional script and damaged by pinyin readings and
 * mojibake, which are cleaned before anything is read.
 */
class GuanchaTextParser implements ArticleParser {

	private static final String LANGUAGE = "zh-Hant";

	/** {@code 楊蓉yangrong@guancha.cn}: the name, then the address with no space. */
	private static final Pattern BYLINE = Pattern.compile("^(\\P{ASCII}++)([\\w.+-]++@guancha\\.cn)\\s*+$");

	private static final Pattern SEPARATOR = Pattern.compile("^-\\s*$");

	/**
	 * The day of the month the lead sentence cites, as in {@code 據《日經亞洲》3日報道}: a bare
	 * {@code N日}, not the end of a date such as {@code 7月11日}. In this copy the {@code 報}
	 * after it is damaged, so the words around the day are not relied on.
	 */
	private static final Pattern REPORT_DAY = Pattern.compile("(?<![\\d月至])(\\d{1,2})日");

	/** The news list under the article: {@code 2023-05-03 16:37 …}. */
	private static final Pattern LIST_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) \\d{2}:\\d{2}\\b");

	/**
	 * Dot-all, so that the credit after the first label runs to the end whatever the line
	 * holds, rather than being tried again after every later label.
	 */
	private static final Pattern CAPTION_CREDIT = Pattern.compile("(?s)^(.+?)(?:圖片來源|图片来源)[:：](.+)$");

	@Override
	public String name() {
		return "guancha-text";
	}

	@Override
	public boolean recognises(String text) {
		return text.lines().limit(12).anyMatch((line) -> BYLINE.matcher(line.strip()).matches());
	}

	@Override
	public ParsedArticle parse(String text) {
		List<String> lines = PinyinReadings.remove(text).text().lines().map(String::strip).toList();
		int byline = IntStream.range(0, lines.size())
			.filter((i) -> BYLINE.matcher(lines.get(i)).matches())
			.findFirst()
			.orElseThrow(() -> new UnreadableFileException("the Guancha file has no byline with a guancha.cn address"));
		String title = lines.subList(0, byline)
			.reversed()
			.stream()
			.filter((line) -> !line.isEmpty() && !SEPARATOR.matcher(line).matches())
			.findFirst()
			.orElseThrow(() -> new UnreadableFileException("the Guancha file has no title above its byline"));
		Matcher author = BYLINE.matcher(lines.get(byline));
		List<Contributor> contributors = new ArrayList<>();
		if (author.matches()) {
			contributors.add(new Contributor(author.group(1), Contributor.Role.AUTHOR, null, author.group(2)));
		}

		List<String> afterByline = lines.subList(byline + 1, lines.size());
		List<String> articleLines = GuanchaChrome.cut(afterByline);
		List<String> chrome = afterByline.subList(articleLines.size(), afterByline.size());
		chrome.stream()
			.map(GuanchaChrome.EDITOR::matcher)
			.filter(Matcher::matches)
			.findFirst()
			.ifPresent((editor) -> contributors
				.add(new Contributor(Whitespace.normalise(editor.group(2)), Contributor.Role.EDITOR)));

		Mojibake.Cleaned cleanTitle = Mojibake.clean(title);
		int damagedSpots = cleanTitle.damagedSpots();
		List<Block> body = new ArrayList<>();
		List<Image> images = new ArrayList<>();
		for (String line : articleLines) {
			if (line.isEmpty() || SEPARATOR.matcher(line).matches()) {
				continue;
			}
			Mojibake.Cleaned cleaned = Mojibake.clean(line);
			damagedSpots += cleaned.damagedSpots();
			String paragraph = Whitespace.normalise(cleaned.text());
			Optional<Image> caption = caption(paragraph);
			if (caption.isPresent()) {
				images.add(caption.get());
				body.add(Block.image(images.size() - 1));
			}
			else {
				body.add(Block.paragraph(paragraph, LANGUAGE));
			}
		}
		if (body.isEmpty()) {
			throw new UnreadableFileException("the Guancha file has no body text below its byline");
		}
		List<String> warnings = (damagedSpots > 0)
				? List
					.of(damagedSpots + " places in the text are damaged (lost bytes shown as ?) and cannot be restored")
				: List.of();
		return new ParsedArticle("guancha", Whitespace.normalise(cleanTitle.text()), null, null, null, contributors,
				inferDay(body, chrome).orElse(null), null, List.of(LANGUAGE), null, body, images, damagedSpots,
				warnings, name());
	}

	/**
	 * Photo captions stand on their own line in the body: a screenshot note
	 * ({@code 《日經亞洲》報道截圖}) or a caption with its credit ({@code …會面。圖片來源:日本外務省}). The
	 * pictures themselves are not in the file.
	 */
	private static Optional<Image> caption(String paragraph) {
		Matcher credited = CAPTION_CREDIT.matcher(paragraph);
		if (credited.matches()) {
			return Optional.of(new Image(null, null, credited.group(1).strip(), null, credited.group(2).strip()));
		}
		if (paragraph.length() > 2 && (paragraph.endsWith("截圖") || paragraph.endsWith("截图"))) {
			return Optional.of(new Image(null, null, paragraph, null, null));
		}
		return Optional.empty();
	}

	/**
	 * The page states no date. The lead sentence cites a day of the month ({@code 3日報道}),
	 * and the news list under it starts with the newest headline's time. Where that day
	 * of the month agrees, the list's date is the article's day; the list's time belongs
	 * to another article, so no time is claimed.
	 */
	static Optional<Published> inferDay(List<Block> body, List<String> chrome) {
		Optional<Matcher> cited = body.stream()
			.filter((block) -> block.kind() == Block.Kind.PARAGRAPH)
			.findFirst()
			.map((lead) -> REPORT_DAY.matcher(lead.text()))
			.filter(Matcher::find);
		Optional<Matcher> listed = chrome.stream().map(LIST_TIME::matcher).filter(Matcher::find).findFirst();
		if (cited.isEmpty() || listed.isEmpty()) {
			return Optional.empty();
		}
		LocalDate day = LocalDate.parse(listed.get().group(1));
		if (day.getDayOfMonth() != Integer.parseInt(cited.get().group(1))) {
			return Optional.empty();
		}
		return Optional.of(Published.inferredDay(day, "the lead sentence cites day " + cited.get().group()
				+ " and the page's news list starts at " + listed.get().group()));
	}

}
