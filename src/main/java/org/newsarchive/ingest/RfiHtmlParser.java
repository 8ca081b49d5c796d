package org.newsarchive.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.Image;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;

/**
 * RFI 法广中文 pages saved as an HTML comment with a millisecond epoch, a Markdown link
 * {@code [title - column](url)}, a {@code ------} rule and the article's HTML fragment.
 */
class RfiHtmlParser implements ArticleParser {

	private static final String LANGUAGE = "zh-Hans";

	private static final ZoneId NEWSROOM = ZoneId.of("Europe/Paris");

	private static final Pattern HEADER = Pattern.compile("\\A\\s*<!--(\\d{10,})-->\\s*\\n");

	/** The target of the link line: an address without spaces or closing parenthesis. */
	private static final Pattern LINK_TARGET = Pattern.compile("https?://[^\\s)]++");

	private static final Pattern RULE = Pattern.compile("-{3,}+[ \\t]*+");

	private static final Pattern DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4} - \\d{2}:\\d{2}");

	private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu - HH:mm");

	/**
	 * A complete fragment ends on a closing tag; a cut file ends inside text or a tag.
	 */
	private static final Pattern CLOSED = Pattern.compile("</[a-zA-Z][\\w-]*+>\\s*+\\z");

	private static final String COLUMN_SEPARATOR = " - ";

	private static final String AUTHOR_LABEL = "作者：";

	@Override
	public String name() {
		return "rfi-html";
	}

	@Override
	public boolean recognises(String text) {
		return HEADER.matcher(text).lookingAt();
	}

	@Override
	public ParsedArticle parse(String text) {
		Matcher header = HEADER.matcher(text);
		if (!header.lookingAt()) {
			throw new UnreadableFileException("the RFI file does not start with its <!--epoch--> comment");
		}
		Link link = link(text, header.end()).orElseThrow(
				() -> new UnreadableFileException("the RFI file has no [title](url) line followed by a ------ rule"));
		String fragment = text.substring(link.end());
		if (!CLOSED.matcher(fragment).find()) {
			throw new UnreadableFileException("the RFI file's HTML is cut off: it does not end with a closing tag");
		}
		Document html = Jsoup.parseBodyFragment(fragment);
		RfiChrome.strip(html);
		String url = URLDecoder.decode(link.target().replace("+", "%2B"), StandardCharsets.UTF_8);
		// The link text is the page's title as HTML left it; read it as text so that no
		// markup or entity survives into the title.
		String linkText = Whitespace.normalise(Jsoup.parseBodyFragment(link.text()).text());
		int separator = linkText.lastIndexOf(COLUMN_SEPARATOR);
		String title = (separator > 0) ? linkText.substring(0, separator) : linkText;
		String section = (separator > 0) ? linkText.substring(separator + COLUMN_SEPARATOR.length())
				: firstPathSegment(url);

		// The lede stands outside the article block; a bold paragraph inside it is body.
		Element ledeParagraph = html.body().selectFirst("> p:has(> strong)");
		String lede = (ledeParagraph != null) ? Whitespace.normalise(ledeParagraph.wholeText()) : null;
		List<Block> body = new ArrayList<>();
		List<Image> images = new ArrayList<>();
		for (Element img : html.select("img[src~=^https?://]")) {
			images.add(new Image(img.attr("src"), null, null, null, null));
			body.add(Block.image(images.size() - 1));
		}
		for (String paragraph : RfiChrome.bodyParagraphs(html, ledeParagraph)) {
			body.add(Block.paragraph(paragraph, LANGUAGE));
		}
		if (body.stream().noneMatch((block) -> block.kind() == Block.Kind.PARAGRAPH)) {
			throw new UnreadableFileException("the RFI file has no body paragraphs");
		}
		return new ParsedArticle("rfi-chinese", title, null, url, section, authors(html), published(html),
				Instant.ofEpochMilli(Long.parseLong(header.group(1))), List.of(LANGUAGE), lede, body, images, 0,
				List.of(), name());
	}

	/**
	 * The {@code [title - column](url)} line from the given index, with the
	 * {@code ------} rule under it. The target starts at the line's last {@code ](}: read
	 * with index searches, since a regular expression looking for it in a line of many
	 * {@code ](http://} fragments followed each one to the line's end.
	 */
	private static Optional<Link> link(String text, int from) {
		int lineEnd = text.indexOf('\n', from);
		int ruleEnd = (lineEnd < 0) ? -1 : text.indexOf('\n', lineEnd + 1);
		if (ruleEnd < 0 || !RULE.matcher(text.substring(lineEnd + 1, ruleEnd)).matches()) {
			return Optional.empty();
		}
		int contentEnd = lineEnd;
		while (contentEnd > from && (text.charAt(contentEnd - 1) == ' ' || text.charAt(contentEnd - 1) == '\t')) {
			contentEnd--;
		}
		String line = text.substring(from, contentEnd);
		int target = line.lastIndexOf("](");
		if (!line.startsWith("[") || !line.endsWith(")") || target < 2) {
			return Optional.empty();
		}
		String url = line.substring(target + 2, line.length() - 1);
		return LINK_TARGET.matcher(url).matches() ? Optional.of(new Link(line.substring(1, target), url, ruleEnd + 1))
				: Optional.empty();
	}

	private static Published published(Document html) {
		Element dateDiv = html.selectFirst("div:matchesWholeOwnText(^\\s*" + DATE.pattern() + "\\s*$)");
		if (dateDiv == null) {
			throw new UnreadableFileException("the RFI file has no <div>dd/MM/yyyy - HH:mm</div> date");
		}
		String stated = dateDiv.ownText().trim();
		return Published.stated(LocalDateTime.parse(stated, DATE_FORMAT).atZone(NEWSROOM).toOffsetDateTime(),
				Published.Precision.MINUTE, "stated on the page as " + stated + ", Paris time");
	}

	private static List<Contributor> authors(Document html) {
		List<Contributor> authors = new ArrayList<>();
		for (Element label : html.select("span:matchesOwn(^\\s*" + AUTHOR_LABEL + "\\s*$)")) {
			Element block = label.parent();
			for (Element name : block.select("a")) {
				authors.add(new Contributor(Whitespace.normalise(name.text()), Contributor.Role.AUTHOR));
			}
		}
		return authors;
	}

	private static String firstPathSegment(String url) {
		Matcher segment = Pattern.compile("/cn/([^/]+)/").matcher(url);
		return segment.find() ? segment.group(1) : null;
	}

	/**
	 * The link line.
	 *
	 * @param text the link text as the page left it, markup and entities included
	 * @param target the address, still percent-encoded
	 * @param end where the fragment after the rule starts
	 */
	private record Link(String text, String target, int end) {

	}

}
