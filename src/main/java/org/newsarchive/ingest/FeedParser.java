package org.newsarchive.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jsoup.Jsoup;
import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.Image;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.source.ObservedSource;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feed files, read by Rome: one article per item or entry,
 * whose entry is its position among the feed's items, from 0.
 * <p>
 * The publication time is the item's {@code pubDate}, Atom {@code published} or
 * {@code dc:date}, kept with the zone the feed writes (Rome would turn it into an instant
 * and lose it). An Atom {@code updated} says when the entry was last changed, not when it
 * was published: it is kept as the capture time, and an entry with nothing else has no
 * publication time. The full text is {@code content:encoded} or Atom {@code content};
 * where the feed carries only {@code description} or {@code summary}, that is the body
 * and the article says so.
 * <p>
 * An item's outlet is the one of its own link: an aggregator's feed links to many sites.
 * Where the link is on the channel's own site, the outlet takes the channel's title and
 * homepage.
 */
class FeedParser implements FormatParser {

	/** How far into a file its root element is looked for. */
	private static final int OPENING = 8 * 1024;

	private static final List<String> ROOT_NAMESPACES = List.of("http://www.w3.org/2005/Atom",
			"http://purl.org/atom/ns#", "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/");

	private static final Pattern ROOT_NAME = Pattern.compile("^<(?:[\\w.-]+:)?([\\w.-]+)");

	/** An RSS author as {@code lawyer@boyer.net (Lawyer Boyer)}: the name in brackets. */
	private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

	/**
	 * What a feed adds at the end of a summary it cut: {@code …}, {@code ...},
	 * {@code […]}.
	 */
	private static final Pattern CUT_MARK = Pattern.compile("\\s*(?:\\[?(?:…|\\.\\.\\.)]?)+$");

	static final String SUMMARY_ONLY = "the feed carries only a summary of this article, not its full text";

	static final String NO_TEXT = "the feed carries no text of this article, only its title";

	@Override
	public String name() {
		return "feed";
	}

	@Override
	public boolean recognises(String text) {
		Opening opening = Opening.of(text);
		if (opening == null) {
			return false;
		}
		Matcher root = ROOT_NAME.matcher(opening.rootTag());
		if (!root.find()) {
			return false;
		}
		return switch (root.group(1)) {
			case "rss" -> true;
			case "feed", "RDF" -> ROOT_NAMESPACES.stream().anyMatch(opening.rootTag()::contains);
			default -> false;
		};
	}

	@Override
	public ReadFile read(String text) {
		Opening opening = Opening.of(text);
		if (opening != null && opening.doctype()) {
			throw new UnreadableFileException("the feed declares a DOCTYPE, which the archive does not read: "
					+ "a document type can pull in other files or expand its entities without end");
		}
		Document xml = parse(text);
		SyndFeed feed;
		try {
			feed = new SyndFeedInput().build(xml);
		}
		catch (FeedException | IllegalArgumentException ex) {
			throw new UnreadableFileException("the file starts like a feed but is not one: " + ex.getMessage());
		}
		if (feed.getEntries().isEmpty()) {
			throw new UnreadableFileException("the feed holds no items");
		}
		Channel channel = Channel.of(feed, xml.getRootElement());
		List<Element> items = items(xml.getRootElement());
		List<ReadEntry> entries = new ArrayList<>();
		for (int i = 0; i < feed.getEntries().size(); i++) {
			entries.add(item(String.valueOf(i), feed.getEntries().get(i), items.get(i), channel));
		}
		return new ReadFile(entries, List.of(channel.note(feed.getFeedType())));
	}

	/**
	 * The XML without its document type: a feed has no need of one, and refusing it keeps
	 * out external entities (a local file read into an article) and entity expansion.
	 */
	private static Document parse(String text) {
		SAXBuilder builder = new SAXBuilder();
		builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
		builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		builder.setExpandEntities(false);
		try {
			return builder.build(new StringReader(text));
		}
		catch (JDOMParseException ex) {
			String where = (ex.getLineNumber() > 0)
					? " (line %d, column %d)".formatted(ex.getLineNumber(), ex.getColumnNumber()) : "";
			throw new UnreadableFileException("the feed is not well-formed XML" + where + ": "
					+ ((ex.getCause() != null) ? ex.getCause() : ex).getMessage());
		}
		catch (JDOMException | IOException ex) {
			throw new UnreadableFileException("the feed is not well-formed XML: " + ex.getMessage());
		}
	}

	/**
	 * The item elements in the order Rome reads them, one for each of its entries: RSS
	 * 2.0 and 0.9x keep them in the channel, RSS 1.0 beside it, Atom in the feed. Their
	 * dates are read from here as written.
	 */
	private static List<Element> items(Element root) {
		Stream<Element> inChannel = root.getChildren()
			.stream()
			.filter((child) -> child.getName().equals("channel"))
			.flatMap((channel) -> channel.getChildren().stream());
		return Stream.concat(root.getChildren().stream(), inChannel)
			.filter((child) -> child.getName().equals("item") || child.getName().equals("entry"))
			.toList();
	}

	private ReadEntry item(String entry, SyndEntry item, Element element, Channel channel) {
		String title = plainTitle(item);
		if (title.isEmpty()) {
			return ReadEntry.rejected(entry, "item " + entry + " has no title");
		}
		String link = channel.resolve(alternate(item.getLinks(), item.getLink()));
		if (link == null) {
			return ReadEntry.rejected(entry, "item " + entry + " has no link");
		}
		List<String> warnings = new ArrayList<>();
		SyndContent full = item.getContents().stream().filter(FeedParser::hasText).findFirst().orElse(null);
		SyndContent summary = hasText(item.getDescription()) ? item.getDescription() : null;
		SyndContent text = (full != null) ? full : summary;
		org.jsoup.nodes.Element content = (text != null) ? html(text, link) : null;
		String language = language(channel.declaredLanguage(), title + ((content != null) ? content.text() : ""));
		List<Block> body = new ArrayList<>();
		List<Image> images = new ArrayList<>();
		if (content != null) {
			PageExtractor.readContent(content, language, body, images);
		}
		if (text == null) {
			warnings.add(NO_TEXT);
		}
		else if (full == null) {
			warnings.add(SUMMARY_ONLY);
		}
		Optional<ObservedSource> source = channel.sourceOf(link, language);
		if (source.isEmpty()) {
			return ReadEntry.rejected(entry, "item " + entry + " has no link with a host: " + ImportBounds.field(link));
		}
		Published published = published(element, warnings);
		Instant updated = (item.getUpdatedDate() != null) ? item.getUpdatedDate().toInstant() : null;
		if (published == null && updated != null) {
			warnings.add(0,
					"the entry states only when it was last updated (" + updated + "), not when it was published");
		}
		String lede = (full != null && summary != null) ? standfirst(html(summary, link).text(), body) : null;
		return ReadEntry.item(entry, new ParsedArticle(source.get().slug(), title, null, link, section(item),
				authors(item), published, updated, List.of(language), lede, body, images, 0, warnings, name()),
				source.get());
	}

	/**
	 * The link to the page a reader reads: Atom's {@code alternate} link, which Rome does
	 * not prefer over {@code self} (the feed's own address); else the one Rome chose.
	 */
	private static String alternate(List<SyndLink> links, String chosen) {
		return links.stream()
			.filter((link) -> link.getRel() == null || link.getRel().equals("alternate"))
			.map(SyndLink::getHref)
			.filter((href) -> href != null && !href.isBlank())
			.findFirst()
			.or(() -> Optional.ofNullable(chosen).filter((href) -> !href.isBlank()))
			.map(String::strip)
			.orElse(null);
	}

	private static String plainTitle(SyndEntry item) {
		SyndContent title = item.getTitleEx();
		if (title == null || title.getValue() == null) {
			return "";
		}
		boolean markup = title.getType() != null && title.getType().contains("html");
		return Whitespace.normalise(markup ? Jsoup.parse(title.getValue()).text() : title.getValue());
	}

	private static boolean hasText(SyndContent content) {
		return content != null && content.getValue() != null && !content.getValue().isBlank();
	}

	/**
	 * The content as HTML elements with the item's link as their base; Atom's plain
	 * {@code text} kept as text, one paragraph a line.
	 */
	private static org.jsoup.nodes.Element html(SyndContent content, String base) {
		String type = (content.getType() != null) ? content.getType().toLowerCase(Locale.ROOT) : "html";
		if (type.equals("text") || type.equals("text/plain")) {
			org.jsoup.nodes.Element text = new org.jsoup.nodes.Element("div");
			content.getValue().lines().forEach((line) -> text.appendElement("p").text(line));
			return text;
		}
		return Jsoup.parseBodyFragment(content.getValue(), base).body();
	}

	/**
	 * The publication time as the item writes it, with its zone; a date the archive does
	 * not read is a warning.
	 */
	private static Published published(Element item, List<String> warnings) {
		for (String name : List.of("pubDate", "published", "issued", "date")) {
			for (Element child : item.getChildren()) {
				String stated = child.getTextTrim();
				if (child.getName().equals(name) && !stated.isEmpty()) {
					Optional<Published> published = StatedDates.parse(stated,
							"the <" + child.getQualifiedName() + "> of the feed item");
					if (published.isEmpty()) {
						warnings.add("the date \"" + ImportBounds.field(stated) + "\" is not one the archive reads");
					}
					return published.orElse(null);
				}
			}
		}
		return null;
	}

	/**
	 * The feed's summary where it says more than the opening of the full text, as a
	 * standfirst; null where it only repeats the opening.
	 */
	private static String standfirst(String summary, List<Block> body) {
		String stated = CUT_MARK.matcher(Whitespace.normalise(summary)).replaceFirst("");
		String opening = body.stream()
			.filter((block) -> block.kind() != Block.Kind.IMAGE)
			.map(Block::text)
			.findFirst()
			.orElse("");
		return (stated.isEmpty() || opening.startsWith(stated)) ? null : stated;
	}

	private static String section(SyndEntry item) {
		return item.getCategories()
			.stream()
			.map(SyndCategory::getName)
			.filter((name) -> name != null && !name.isBlank())
			.map(Whitespace::normalise)
			.findFirst()
			.orElse(null);
	}

	/** Atom authors, else Dublin Core creators, else the RSS author. */
	private static List<Contributor> authors(SyndEntry item) {
		List<String> names = item.getAuthors().stream().map(SyndPerson::getName).toList();
		if (names.isEmpty() && item.getModule(DCModule.URI) instanceof DCModule dublinCore) {
			names = dublinCore.getCreators();
		}
		if (names.isEmpty() && item.getAuthor() != null) {
			names = List.of(item.getAuthor());
		}
		return names.stream()
			.filter((name) -> name != null && !name.isBlank())
			.map((name) -> EMAIL_WITH_NAME.matcher(name.strip()).replaceFirst("$1"))
			.map(Whitespace::normalise)
			.distinct()
			.map((name) -> new Contributor(name, Contributor.Role.AUTHOR, null, null))
			.toList();
	}

	/**
	 * The language the text is observed in where it is Chinese; else the one the feed
	 * declares ({@code zh-cn}, {@code en-us}), as a tag of the archive's kind.
	 */
	static String language(String declared, String text) {
		String observed = ObservedLanguage.of(text);
		if (!observed.equals("und") || declared == null || declared.isBlank()) {
			return observed;
		}
		String tag = declared.strip().replace('_', '-').toLowerCase(Locale.ROOT);
		if (tag.equals("zh") || tag.startsWith("zh-")) {
			return Stream.of("-tw", "-hk", "-mo", "-hant").anyMatch(tag::contains) ? "zh-Hant" : "zh-Hans";
		}
		String language = Locale.forLanguageTag(tag).getLanguage();
		return language.isEmpty() ? "und" : language;
	}

	/**
	 * The feed as a whole: its title, its site and the language it declares.
	 */
	private record Channel(String title, String link, String declaredLanguage) {

		static Channel of(SyndFeed feed, Element root) {
			String title = (feed.getTitle() != null) ? Whitespace.normalise(feed.getTitle()) : "";
			String link = alternate(feed.getLinks(), feed.getLink());
			String declared = (feed.getLanguage() != null) ? feed.getLanguage()
					: root.getAttributeValue("lang", Namespace.XML_NAMESPACE);
			return new Channel(title, link, declared);
		}

		/** An item's link made absolute against the channel's; null where it has none. */
		String resolve(String itemLink) {
			if (itemLink == null || itemLink.isBlank()) {
				return null;
			}
			String link = itemLink.strip();
			try {
				return (this.link != null && !URI.create(link).isAbsolute())
						? URI.create(this.link).resolve(link).toString() : link;
			}
			catch (IllegalArgumentException ex) {
				return link;
			}
		}

		Optional<ObservedSource> sourceOf(String itemLink, String itemLanguage) {
			Optional<ObservedSource> ofItem = ObservedSource.ofUrl(itemLink, null, itemLanguage);
			Optional<ObservedSource> ofChannel = (this.link != null) ? ObservedSource.ofUrl(this.link,
					this.title.isEmpty() ? null : this.title, FeedParser.language(this.declaredLanguage, this.title))
					: Optional.empty();
			if (ofItem.isPresent() && ofChannel.isPresent() && ofItem.get().slug().equals(ofChannel.get().slug())) {
				return ofChannel;
			}
			return ofItem;
		}

		/** What the file is, for its import result: {@code the RSS 2.0 feed "…" of …}. */
		String note(String feedType) {
			String format = feedType.replace("rss_", "RSS ").replace("atom_", "Atom ").replaceAll("[NU]$", "");
			String named = this.title.isEmpty() ? "" : " \"" + ImportBounds.field(this.title) + "\"";
			return "the " + format + " feed" + named + ((this.link != null) ? " of " + this.link : "");
		}

	}

	/**
	 * The opening of a text up to its root element's start tag, past a byte order mark,
	 * white space, the XML declaration, processing instructions, comments and a document
	 * type.
	 *
	 * @param rootTag the root element's start tag, {@code <rss version="2.0">}
	 * @param doctype whether a document type comes before it
	 */
	private record Opening(String rootTag, boolean doctype) {

		/** The opening, or null where no root element starts within {@link #OPENING}. */
		static Opening of(String text) {
			String head = text.substring(0, Math.min(text.length(), OPENING));
			int at = head.startsWith("\uFEFF") ? 1 : 0;
			boolean doctype = false;
			while (true) {
				while (at < head.length() && Character.isWhitespace(head.charAt(at))) {
					at++;
				}
				if (head.startsWith("<?", at)) {
					at = after(head, at, "?>");
				}
				else if (head.startsWith("<!--", at)) {
					at = after(head, at, "-->");
				}
				else if (head.startsWith("<!DOCTYPE", at)) {
					doctype = true;
					int subset = head.indexOf('[', at);
					int end = head.indexOf('>', at);
					at = (subset >= 0 && subset < end) ? after(head, head.indexOf(']', subset), ">")
							: after(head, at, ">");
				}
				else {
					break;
				}
				if (at < 0) {
					return null;
				}
			}
			int end = head.indexOf('>', at);
			if (!head.startsWith("<", at) || end < 0) {
				return null;
			}
			return new Opening(head.substring(at, end + 1), doctype);
		}

		private static int after(String head, int from, String closing) {
			int end = (from < 0) ? -1 : head.indexOf(closing, from);
			return (end < 0) ? -1 : end + closing.length();
		}

	}

}
