package org.newsarchive.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.newsarchive.article.Block;
import org.newsarchive.article.Image;
import org.newsarchive.article.Published;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the article out of a full web page of any outlet. What the page states about
 * itself comes first, in the order the best extractors trust it: JSON-LD
 * {@code NewsArticle}, OpenGraph and {@code article:*}, named {@code <meta>},
 * {@code <time datetime>}, then a date the visible text labels as the publication time
 * and at last the first date in the text. The main text is found by Readability4J (a port
 * of mozilla/readability: text and link density, punctuation, class and id hints on the
 * DOM), which reaches the target on the Chinese pages of the test sets; this class turns
 * its result into blocks and images.
 */
class PageExtractor {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
			"AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting", "WebPage");

	/** Named {@code <meta>} stating publication, most specific first. */
	private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:article:published_time",
			"datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
			"sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.created", "dcterms.issued", "dc.date",
			"date");

	private static final List<String> AUTHOR_META = List.of("author", "article:author", "dc.creator", "byl",
			"sailthru.author", "parsely-author");

	/**
	 * A calendar date as Chinese and Western pages write it ({@code 2023-11-17},
	 * {@code 2023/11/17}, {@code 2016年10月14日}, {@code 2023 11/17}), optionally with a
	 * time and a zone. Each part is bounded, so a scan stays linear.
	 */
	private static final Pattern DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?:[ ]?[-/.年][ ]?| )(\\d{1,2})"
			+ "[ ]?[-/.月][ ]?(\\d{1,2})(?!\\d)(?:[ ]?日)?(?:(?:T|[ ]{0,2})(\\d{1,2})[:：](\\d{2})(?::(\\d{2}))?"
			+ "(?:\\.\\d{1,9})?[ ]?(Z|[+-]\\d{2}:?\\d{2})?)?");

	/** Words that label a date as the publication time, in Chinese and English. */
	private static final Pattern PUBLISHED_LABEL = Pattern
		.compile("(?:发布于|发布时间|发表于|发表时间|发布日期|出版时间|Published(?: on)?)[ ]?[:：]?[ ]?$");

	private static final int LABEL_REACH = 16;

	/** What separates a headline from the site and section names a title adds. */
	private static final Pattern TITLE_SEPARATOR = Pattern.compile("[-_|–—·]");

	private static final int MAX_SITE_NAME = 40;

	/**
	 * The evidence of a date no label or metadata names as the publication time: a guess
	 * from the text, not a statement.
	 */
	static final String FIRST_DATE_IN_TEXT = "the first date in the page text";

	/**
	 * Deeper elements are kept as siblings at this depth. Readability weighs each
	 * container by searching its whole subtree, so its work grows with the depth times
	 * the page; the test pages are 13 to 23 levels deep.
	 */
	private static final int MAX_DEPTH = 48;

	/**
	 * Shorter text in a title-named element is a label or a site name, not a headline.
	 */
	private static final int MIN_HEADLINE = 4;

	private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
			"aside", "nav", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "pre",
			"figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "center", "form");

	private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

	private static final Pattern CREDIT_HINT = Pattern.compile("credit|copyright|source|photographer",
			Pattern.CASE_INSENSITIVE);

	private static final String CREDIT_MARK = "data-archive-credit";

	private static final List<String> IMAGE_SOURCES = List.of("data-original", "data-actualsrc", "data-src", "src");

	/**
	 * Stands for a line break tag until whitespace is collapsed, which leaves it alone.
	 */
	private static final char LINE_BREAK = '\u2028';

	/**
	 * @param html the page as text (its charset already decided)
	 * @param pageUrl where the page was fetched from, to resolve relative addresses;
	 * {@code null} if unknown
	 */
	ExtractedPage extract(String html, String pageUrl) {
		String base = (pageUrl != null) ? pageUrl : "";
		Document document = Jsoup.parse(html, base, Parser.htmlParser().setMaxDepth(MAX_DEPTH));
		Map<String, String> meta = metaTags(document);
		JsonNode article = jsonLdArticle(document);
		String title = title(document, meta, article);
		List<String> authors = authors(meta, article);
		PageTime published = published(document, meta, article);
		String canonical = canonicalUrl(document, meta, article);
		String siteName = firstPresent(meta.get("og:site_name"), text(article.path("publisher").path("name")),
				meta.get("application-name"), meta.get("dc.publisher"), siteInTitle(document.title(), title));
		String language = language(document, meta);
		String summary = firstPresent(text(article.path("description")), meta.get("og:description"),
				meta.get("description"));
		leafDivisionsToParagraphs(document);
		// Readability drops class names, so a caption's credit is marked before it runs.
		document.select("figcaption [class~=(?i)" + CREDIT_HINT.pattern() + "]").attr(CREDIT_MARK, "");
		Article readable = new Readability4J((pageUrl != null) ? pageUrl : canonicalOrEmpty(canonical), document)
			.parse();
		List<Block> body = new ArrayList<>();
		List<Image> images = new ArrayList<>();
		if (readable.getArticleContent() != null) {
			new BodyReader(language, body, images).read(readable.getArticleContent());
		}
		if (authors.isEmpty() && present(readable.getByline())) {
			authors = List.of(Whitespace.normalise(readable.getByline()));
		}
		String lede = firstPresent(summary,
				body.stream()
					.filter((block) -> block.kind() == Block.Kind.PARAGRAPH)
					.map(Block::text)
					.findFirst()
					.orElse(null));
		return new ExtractedPage(title, authors, published, canonical, siteName, language, lede, List.copyOf(body),
				List.copyOf(images));
	}

	/**
	 * The blocks and images of HTML that is the article's text already, such as a feed
	 * item's {@code content:encoded}: no readability pass, the same reading of
	 * paragraphs, sub-headings, line breaks and figures as a page's main content.
	 * @param content the text's elements, with their base address set for relative links
	 * @param body where the blocks are added
	 * @param images where the images are added, which image blocks point into
	 */
	static void readContent(Element content, String language, List<Block> body, List<Image> images) {
		content.select("figcaption [class~=(?i)" + CREDIT_HINT.pattern() + "]").attr(CREDIT_MARK, "");
		new BodyReader(language, body, images).read(content);
	}

	/**
	 * Renames each division without a block child to a paragraph, as readability itself
	 * would, but in place: readability replaces each one by a new element, which costs as
	 * much as the parent has children, and a hostile page with tens of thousands of
	 * sibling divisions (or nesting past jsoup's depth limit, which turns into siblings)
	 * makes that quadratic.
	 */
	private static void leafDivisionsToParagraphs(Document document) {
		for (Element division : document.body().getElementsByTag("div")) {
			if (division.children().stream().noneMatch((child) -> BLOCK_TAGS.contains(child.normalName()))) {
				division.tagName("p");
			}
		}
	}

	private static String canonicalOrEmpty(String canonical) {
		return (canonical != null) ? canonical : "";
	}

	/**
	 * Named and property {@code <meta>} by lower-cased name; the first of a name wins.
	 */
	private static Map<String, String> metaTags(Document document) {
		Map<String, String> tags = new LinkedHashMap<>();
		for (Element meta : document.select("meta[content]")) {
			String content = Whitespace.normalise(meta.attr("content"));
			if (content.isEmpty()) {
				continue;
			}
			for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
				String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
				if (!name.isEmpty()) {
					tags.putIfAbsent(name, content);
				}
			}
		}
		return tags;
	}

	/**
	 * The first JSON-LD object typed as an article, looked for in arrays and
	 * {@code @graph}; a missing node when there is none or the JSON is broken, so callers
	 * read paths without checks.
	 */
	private static JsonNode jsonLdArticle(Document document) {
		for (Element script : document.select("script[type=application/ld+json]")) {
			try {
				JsonNode found = articleIn(JSON.readTree(script.data()));
				if (found != null) {
					return found;
				}
			}
			catch (JacksonException ex) {
				// A page's broken JSON-LD leaves the other metadata to speak.
			}
		}
		return JSON.missingNode();
	}

	private static JsonNode articleIn(JsonNode node) {
		if (node.isArray()) {
			for (JsonNode item : node) {
				JsonNode found = articleIn(item);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		if (!node.isObject()) {
			return null;
		}
		JsonNode type = node.path("@type");
		for (JsonNode each : type.isArray() ? type : JSON.createArrayNode().add(type)) {
			if (ARTICLE_TYPES.contains(each.asString(""))) {
				return node;
			}
		}
		return articleIn(node.path("@graph"));
	}

	/**
	 * The headline the page states; else the longest heading, or element whose class or
	 * id names a title, whose text is a part of the page title (the page title adds the
	 * site and section: {@code 标题_科技_腾讯网}), as GNE finds it; else the page title as it
	 * is.
	 */
	private static String title(Document document, Map<String, String> meta, JsonNode article) {
		String stated = firstPresent(text(article.path("headline")), meta.get("og:title"));
		if (stated != null) {
			return stated;
		}
		String pageTitle = Whitespace.normalise(document.title());
		String headline = null;
		for (Element candidate : document.select("h1, h2, h3, [class*=title], [id*=title]")) {
			// A title-named wrapper's own text only: its whole text may be the page.
			String text = Whitespace
				.normalise(HEADING_TAGS.contains(candidate.normalName()) ? candidate.text() : candidate.ownText());
			// Only a part of the page title is news: the whole of it, in a share bar,
			// is no better than the title itself.
			if (text.length() >= MIN_HEADLINE && text.length() < pageTitle.length() && pageTitle.contains(text)
					&& (headline == null || text.length() > headline.length())) {
				headline = text;
			}
		}
		if (headline != null) {
			return headline;
		}
		return pageTitle.isEmpty() ? null : pageTitle;
	}

	/**
	 * The name a page's {@code <title>} adds after the headline, the last part where it
	 * adds several ({@code 标题_科技_腾讯网}): where a page names its site nowhere else, this is
	 * how it names it.
	 */
	private static String siteInTitle(String pageTitle, String headline) {
		String whole = Whitespace.normalise(pageTitle);
		if (headline == null || !whole.startsWith(headline)) {
			return null;
		}
		List<String> parts = TITLE_SEPARATOR.splitAsStream(whole.substring(headline.length()))
			.map(String::strip)
			.filter((part) -> !part.isEmpty())
			.toList();
		String last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
		return (last != null && last.length() <= MAX_SITE_NAME) ? last : null;
	}

	private static List<String> authors(Map<String, String> meta, JsonNode article) {
		List<String> authors = new ArrayList<>();
		JsonNode author = article.path("author");
		for (JsonNode each : author.isArray() ? author : JSON.createArrayNode().add(author)) {
			String name = each.isObject() ? text(each.path("name")) : text(each);
			if (name != null) {
				authors.add(name);
			}
		}
		if (authors.isEmpty()) {
			AUTHOR_META.stream()
				.map(meta::get)
				.filter((name) -> present(name) && !name.startsWith("http"))
				.findFirst()
				.ifPresent(authors::add);
		}
		return List.copyOf(authors);
	}

	private static PageTime published(Document document, Map<String, String> meta, JsonNode article) {
		PageTime fromJsonLd = parse(text(article.path("datePublished")), "JSON-LD datePublished");
		if (fromJsonLd != null) {
			return fromJsonLd;
		}
		for (String name : PUBLISHED_META) {
			PageTime fromMeta = parse(meta.get(name), "<meta> " + name);
			if (fromMeta != null) {
				return fromMeta;
			}
		}
		Element time = document.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime]");
		if (time == null) {
			time = document.selectFirst("time[datetime]");
		}
		PageTime fromTime = (time != null) ? parse(time.attr("datetime"), "<time datetime>") : null;
		if (fromTime != null) {
			return fromTime;
		}
		return labelledOrFirstDate(document);
	}

	/**
	 * A date the page labels as the publication time (发布于, 发布时间, Published), in its text
	 * or a tooltip, wins over the first date of the text, which may be an edit.
	 */
	private static PageTime labelledOrFirstDate(Document document) {
		String text = Whitespace.normalise(document.body().text());
		List<String> tooltips = new ArrayList<>();
		for (Element element : document.body().select("[title], [data-tooltip]")) {
			tooltips.add(Whitespace.normalise(element.attr("data-tooltip") + " " + element.attr("title")));
		}
		for (String place : prepend(text, tooltips)) {
			Matcher date = DATE.matcher(place);
			while (date.find()) {
				String before = place.substring(Math.max(0, date.start() - LABEL_REACH), date.start());
				Matcher label = PUBLISHED_LABEL.matcher(before);
				if (label.find()) {
					PageTime labelled = parse(date, "labelled on the page as " + label.group().strip());
					if (labelled != null) {
						return labelled;
					}
				}
			}
		}
		Matcher first = DATE.matcher(text);
		while (first.find()) {
			PageTime found = parse(first, FIRST_DATE_IN_TEXT);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static List<String> prepend(String first, List<String> rest) {
		List<String> all = new ArrayList<>(rest.size() + 1);
		all.add(first);
		all.addAll(rest);
		return all;
	}

	private static PageTime parse(String value, String evidence) {
		if (!present(value)) {
			return null;
		}
		Matcher date = DATE.matcher(value);
		return date.find() ? parse(date, evidence) : null;
	}

	/** The matched date at the precision written; {@code null} if it is no real date. */
	private static PageTime parse(Matcher date, String evidence) {
		try {
			LocalDate day = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
					Integer.parseInt(date.group(3)));
			if (date.group(4) == null) {
				return new PageTime(date.group(), day, Published.Precision.DAY, evidence);
			}
			boolean seconds = date.group(6) != null;
			LocalDateTime local = day.atTime(Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5)),
					seconds ? Integer.parseInt(date.group(6)) : 0);
			Published.Precision precision = seconds ? Published.Precision.SECOND : Published.Precision.MINUTE;
			String zone = date.group(7);
			Temporal value = (zone != null) ? local.atOffset(offset(zone)) : local;
			return new PageTime(date.group(), value, precision, evidence);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static ZoneOffset offset(String zone) {
		if (zone.equals("Z")) {
			return ZoneOffset.UTC;
		}
		String digits = zone.replace(":", "");
		return ZoneOffset.ofHoursMinutes(Integer.parseInt(digits.substring(0, 3)),
				Integer.parseInt(digits.substring(0, 1) + digits.substring(3)));
	}

	private static String canonicalUrl(Document document, Map<String, String> meta, JsonNode article) {
		Element link = document.selectFirst("link[rel=canonical][href]");
		String linked = (link != null) ? link.absUrl("href") : null;
		if (present(linked)) {
			return linked;
		}
		if (link != null && link.attr("href").startsWith("http")) {
			return link.attr("href").strip();
		}
		return firstPresent(meta.get("og:url"), text(article.path("url")));
	}

	private static String language(Document document, Map<String, String> meta) {
		String declared = firstPresent(
				document.selectFirst("html") != null ? document.selectFirst("html").attr("lang") : null,
				meta.get("dc.language"), meta.get("content-language"), meta.get("og:locale"));
		return (declared != null) ? declared.replace('_', '-') : null;
	}

	private static String text(JsonNode node) {
		return node.isString() ? firstPresent(Whitespace.normalise(node.asString())) : null;
	}

	private static String firstPresent(String... values) {
		for (String value : values) {
			if (present(value)) {
				return value.strip();
			}
		}
		return null;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/**
	 * Walks the main content once, in document order: text gathers into the block being
	 * read until a block element starts or ends; a line break tag breaks a line; an image
	 * takes its figure's caption and credit, which then stay out of the text.
	 */
	private static final class BodyReader implements NodeFilter {

		private final String language;

		private final List<Block> body;

		private final List<Image> images;

		private final StringBuilder pending = new StringBuilder();

		BodyReader(String language, List<Block> body, List<Image> images) {
			this.language = language;
			this.body = body;
			this.images = images;
		}

		void read(Element content) {
			NodeTraversor.filter(this, content);
			flush(false);
		}

		@Override
		public FilterResult head(Node node, int depth) {
			if (node instanceof TextNode text) {
				this.pending.append(text.getWholeText());
				return FilterResult.CONTINUE;
			}
			if (!(node instanceof Element element)) {
				return FilterResult.CONTINUE;
			}
			String tag = element.normalName();
			if (tag.equals("br")) {
				this.pending.append(LINE_BREAK);
			}
			else if (tag.equals("img")) {
				flush(false);
				image(element);
			}
			else if (captionOfAnImage(element)) {
				return FilterResult.SKIP_ENTIRELY;
			}
			else if (BLOCK_TAGS.contains(tag)) {
				flush(false);
			}
			return FilterResult.CONTINUE;
		}

		@Override
		public FilterResult tail(Node node, int depth) {
			if (node instanceof Element element && BLOCK_TAGS.contains(element.normalName())) {
				flush(HEADING_TAGS.contains(element.normalName()));
			}
			return FilterResult.CONTINUE;
		}

		/** A figure's caption beside its image belongs to the image, not to the text. */
		private static boolean captionOfAnImage(Element element) {
			return element.normalName().equals("figcaption") && element.parent() != null
					&& !element.parent().getElementsByTag("img").isEmpty();
		}

		private void image(Element img) {
			// Lazy-loading pages put a placeholder (a data: URI) in src and the picture
			// in a data- attribute.
			String src = null;
			for (String attribute : IMAGE_SOURCES) {
				String candidate = firstPresent(img.absUrl(attribute), img.attr(attribute));
				if (candidate != null && !candidate.startsWith("data:")) {
					src = candidate;
					break;
				}
			}
			if (src == null) {
				return;
			}
			Element figure = img.closest("figure");
			Element caption = (figure != null) ? figure.selectFirst("figcaption") : null;
			String captionText = null;
			String credit = null;
			if (caption != null) {
				Element creditElement = caption.selectFirst("[" + CREDIT_MARK + "]");
				credit = (creditElement != null) ? firstPresent(Whitespace.normalise(creditElement.text())) : null;
				Element withoutCredit = caption.clone();
				withoutCredit.select("[" + CREDIT_MARK + "]").remove();
				captionText = firstPresent(Whitespace.normalise(withoutCredit.text()));
			}
			this.images.add(new Image(src, firstPresent(img.attr("alt")), captionText, null, credit));
			this.body.add(Block.image(this.images.size() - 1));
		}

		private void flush(boolean heading) {
			if (this.pending.isEmpty()) {
				return;
			}
			StringBuilder text = new StringBuilder();
			for (String line : this.pending.toString().split(String.valueOf(LINE_BREAK))) {
				String normalised = Whitespace.normalise(line);
				if (!normalised.isEmpty()) {
					text.append(text.isEmpty() ? "" : "\n").append(normalised);
				}
			}
			this.pending.setLength(0);
			if (!text.isEmpty()) {
				this.body.add(heading ? Block.heading(text.toString(), this.language)
						: Block.paragraph(text.toString(), this.language));
			}
		}

	}

}
