package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.source.ObservedSource;

/**
 * One article per XML file, as crawls of chinanews.com keep them:
 * {@code <doc><id/><url/><title/><datetime/><body/></doc>}. Other XML is recognised only
 * to be rejected with its root element named, rather than as "not in any known format".
 */
class DocXmlParser implements FormatParser {

	private static final Pattern XML_START = Pattern.compile("^\\uFEFF?\\s*(<\\?xml[^>]*>\\s*)?<([\\w:.-]+)");

	/** The editor's line that closes a chinanews article: {@code 【编辑:郭炘蔚】}. */
	private static final Pattern EDITOR = Pattern.compile("^【(?:编辑|編輯|责任编辑|責任編輯)[:：]\\s*([^】]+)】$");

	@Override
	public String name() {
		return "doc-xml";
	}

	@Override
	public boolean recognises(String text) {
		Matcher start = XML_START.matcher(text.substring(0, Math.min(text.length(), 500)));
		return start.find() && (start.group(1) != null || start.group(2).equals("doc"))
				&& !start.group(2).toLowerCase(Locale.ROOT).equals("html");
	}

	@Override
	public ReadFile read(String text) {
		Document xml = Jsoup.parse(text, Parser.xmlParser());
		Element root = xml.children().stream().findFirst().orElse(null);
		if (root == null || !root.tagName().equals("doc")) {
			throw new UnreadableFileException("an XML file whose root element is <"
					+ ((root != null) ? root.tagName() : "") + ">: the archive reads one-article XML of the form "
					+ "<doc><url/><title/><datetime/><body/></doc>, not this vocabulary");
		}
		String title = Whitespace.normalise(childText(root, "title"));
		if (title.isEmpty()) {
			throw new UnreadableFileException("the <doc> has no <title>");
		}
		String url = Optional.ofNullable(root.selectFirst("> url")).map(Element::text).map(String::strip).orElse(null);
		List<String> warnings = new ArrayList<>();
		List<Contributor> contributors = new ArrayList<>();
		List<String> paragraphs = new ArrayList<>();
		for (String line : childText(root, "body").split("\\R")) {
			String paragraph = Whitespace.normalise(line);
			Matcher editor = EDITOR.matcher(paragraph);
			if (editor.matches()) {
				contributors.add(new Contributor(editor.group(1).strip(), Contributor.Role.EDITOR, null, null));
			}
			else if (!paragraph.isEmpty()) {
				paragraphs.add(paragraph);
			}
		}
		String language = ObservedLanguage.of(title + String.join("", paragraphs));
		String datetime = childText(root, "datetime").strip();
		Published published = null;
		if (!datetime.isEmpty()) {
			published = StatedDates.parse(datetime, "the <datetime> of the file").orElse(null);
			if (published == null) {
				warnings.add("the <datetime> \"" + ImportBounds.field(datetime) + "\" is not a date the archive reads");
			}
		}
		ObservedSource source = (url != null) ? ObservedSource.ofUrl(url, null, language).orElse(null) : null;
		if (source == null) {
			throw new UnreadableFileException("the <doc> has no <url> with a host to tell its outlet by");
		}
		List<Block> body = paragraphs.stream().map((p) -> Block.paragraph(p, language)).toList();
		return ReadFile.of(new ReadEntry(null, new ParsedArticle(source.slug(), title, null, url, null, contributors,
				published, null, List.of(language), null, body, List.of(), 0, warnings, name()), source, null));
	}

	private static String childText(Element root, String name) {
		Element child = root.selectFirst("> " + name);
		return (child != null) ? child.wholeText() : "";
	}

}
