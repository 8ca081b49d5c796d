package org.newsarchive.ingest;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsarchive.article.Block;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.source.ObservedSource;

/**
 * A programme's daily digest in Markdown, as kept of CCTV's 新闻联播:
 * {@code # 《新闻联播》 (20240105)}, a summary section, then each item as {@code ### title},
 * its paragraphs (HTML {@code
 *
<p>
 * } text) and {@code [查看原文](url)}. Each item is an article of the programme's day; the
 * summary only lists them.
 */
class DigestMarkdownParser implements FormatParser {

	private static final Pattern HEADING = Pattern.compile("^\\uFEFF?\\s*# 《([^》\\n]+)》\\s*[(（](\\d{8})[)）]");

	private static final Pattern LINK = Pattern.compile("^\\[查看原文\\]\\((\\S+)\\)$");

	/**
	 * What a crawler wrote where a page gave it nothing: the item's title and its text
	 * are both this word.
	 */
	private static final String NOT_CAPTURED = "undefined";

	/** Where the digest's own trailer (a rule and an update stamp) begins. */
	private static final String RULE = "---";

	@Override
	public String name() {
		return "digest-markdown";
	}

	@Override
	public boolean recognises(String text) {
		return HEADING.matcher(text).find();
	}

	@Override
	public ReadFile read(String text) {
		Matcher heading = HEADING.matcher(text);
		if (!heading.find()) {
			throw new UnreadableFileException("the digest has no heading # 《programme》 (YYYYMMDD)");
		}
		String programme = heading.group(1).strip();
		LocalDate day;
		try {
			day = LocalDate.parse(heading.group(2), DateTimeFormatter.BASIC_ISO_DATE);
		}
		catch (DateTimeException ex) {
			throw new UnreadableFileException(
					"the digest's heading dates it " + heading.group(2) + ", which is not a day of the calendar");
		}
		List<Item> items = items(text);
		if (items.isEmpty()) {
			throw new UnreadableFileException("the digest of " + day + " has no item (### title)");
		}
		String homepage = items.stream()
			.filter((item) -> item.url() != null)
			.findFirst()
			.flatMap((item) -> ObservedSource.ofUrl(item.url(), programme, null))
			.map(ObservedSource::homepage)
			.orElse(null);
		String language = ObservedLanguage.of(String.join("",
				items.stream().map((item) -> item.title() + String.join("", item.paragraphs())).toList()));
		ObservedSource source = ObservedSource.ofName(programme, homepage, language);
		Published published = Published.inferredDay(day, "the day of the programme in the digest's heading");
		List<ReadEntry> entries = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			String entry = String.valueOf(i + 1);
			if (item.title().isEmpty()) {
				entries.add(ReadEntry.rejected(entry, "item " + entry + " of the digest has no title"));
				continue;
			}
			if (item.title().equals(NOT_CAPTURED) && item.paragraphs().equals(List.of(NOT_CAPTURED))) {
				entries.add(ReadEntry.rejected(entry, "item " + entry
						+ " holds only \"undefined\" as its title and text: its page was not captured"));
				continue;
			}
			List<Block> body = item.paragraphs().stream().map((p) -> Block.paragraph(p, language)).toList();
			entries
				.add(ReadEntry.item(
						entry, new ParsedArticle(source.slug(), item.title(), null, item.url(), null, List.of(),
								published, null, List.of(language), null, body, List.of(), 0, List.of(), name()),
						source));
		}
		return new ReadFile(entries, List.of());
	}

	/** The items after the summary, each from its {@code ###} line to the next. */
	private static List<Item> items(String text) {
		List<Item> items = new ArrayList<>();
		ItemBuilder current = null;
		for (String line : text.split("\\R")) {
			String stripped = line.strip();
			if (stripped.startsWith("### ")) {
				if (current != null) {
					items.add(current.build());
				}
				current = new ItemBuilder(Whitespace.normalise(stripped.substring(4)));
			}
			else if (stripped.startsWith("# ") || stripped.startsWith("## ") || stripped.equals(RULE)) {
				if (current != null) {
					items.add(current.build());
				}
				current = null;
			}
			else if (current != null && !stripped.isEmpty()) {
				current.add(stripped);
			}
		}
		if (current != null) {
			items.add(current.build());
		}
		return items;
	}

	private record Item(String title, List<String> paragraphs, String url) {

	}

	private static final class ItemBuilder {

		private final String title;

		private final List<String> paragraphs = new ArrayList<>();

		private String url;

		ItemBuilder(String title) {
			this.title = title;
		}

		void add(String line) {
			Matcher link = LINK.matcher(line);
			if (link.matches() && isWebAddress(link.group(1))) {
				this.url = link.group(1);
				return;
			}
			if (line.indexOf('<') < 0 && line.indexOf('&') < 0) {
				// plain text: no markup to read, and an HTML parser a line is costly
				this.paragraphs.add(Whitespace.normalise(line));
				return;
			}
			Document fragment = Jsoup.parseBodyFragment(line);
			List<String> html = fragment.select("p").eachText();
			(html.isEmpty() ? List.of(fragment.text()) : html).stream()
				.map(Whitespace::normalise)
				.filter((paragraph) -> !paragraph.isEmpty())
				.forEach(this.paragraphs::add);
		}

		Item build() {
			return new Item(this.title, this.paragraphs, this.url);
		}

		private static boolean isWebAddress(String url) {
			try {
				URI uri = URI.create(url);
				return uri.getHost() != null && uri.getScheme().startsWith("http");
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

	}

}
