package org.newsarchive.ingest;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.Image;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;

/**
 * BBC News 中文 saved as Markdown: {@code # [Section] title}, the clean title as a second
 * heading, a bullet list with the author and the outlet, images each followed by a quote
 * with {@code 图像来源} (credit) and {@code 图像加注文字} (caption), a bold lede and {@code ##}
 * sub-headings.
 */
class BbcMarkdownParser implements ArticleParser {

	private static final String LANGUAGE = "zh-Hans";

	private static final Pattern SECTION_HEADING = Pattern.compile("\\A\\s*# \\[([^\\]]+)\\]\\s*(.+)");

	private static final String CREDIT_LABEL = "图像来源，";

	private static final String CAPTION_LABEL = "图像加注文字，";

	/** Dates in English alt texts: {@code on February 1, 2023}. */
	private static final Pattern ALT_DATE = Pattern.compile("[A-Z][a-z]+ \\d{1,2}, ((?:19|20)\\d{2})");

	/**
	 * Dated events in Chinese captions: {@code 2023年初}, {@code 2023年1月}. Not
	 * {@code 2027年度}, which names a budget year ahead.
	 */
	private static final Pattern CAPTION_DATE = Pattern.compile("((?:19|20)\\d{2})年(?:初|中|底|\\d{1,2}月)");

	private final Parser markdown = Parser.builder().build();

	@Override
	public String name() {
		return "bbc-markdown";
	}

	@Override
	public boolean recognises(String text) {
		return SECTION_HEADING.matcher(text).lookingAt();
	}

	@Override
	public ParsedArticle parse(String text) {
		Node document = this.markdown.parse(text);
		String section = null;
		String title = null;
		List<Contributor> contributors = new ArrayList<>();
		String lede = null;
		List<Block> body = new ArrayList<>();
		List<Image> images = new ArrayList<>();
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading heading && heading.getLevel() == 1) {
				String heading1 = textOf(heading);
				Matcher tagged = SECTION_HEADING.matcher("# " + heading1);
				if (tagged.matches()) {
					section = tagged.group(1);
					title = (title != null) ? title : Whitespace.normalise(tagged.group(2));
				}
				else {
					title = heading1;
				}
			}
			else if (node instanceof Heading heading) {
				body.add(Block.heading(textOf(heading), LANGUAGE));
			}
			else if (node instanceof BulletList list && contributors.isEmpty()) {
				// The byline list names the author first and the outlet last.
				Node first = list.getFirstChild();
				if (first instanceof ListItem && first != list.getLastChild()) {
					contributors.add(new Contributor(textOf(first), Contributor.Role.AUTHOR));
				}
			}
			else if (node instanceof Paragraph paragraph
					&& paragraph.getFirstChild() instanceof org.commonmark.node.Image image) {
				images.add(new Image(image.getDestination(), textOf(image), null, null, null));
				body.add(Block.image(images.size() - 1));
			}
			else if (node instanceof BlockQuote quote && !images.isEmpty()) {
				int last = images.size() - 1;
				images.set(last, withCaption(images.get(last), quote));
			}
			else if (node instanceof Paragraph paragraph && lede == null && isWhollyBold(paragraph)) {
				lede = textOf(paragraph);
			}
			else if (node instanceof Paragraph paragraph) {
				body.add(Block.paragraph(textOf(paragraph), LANGUAGE));
			}
		}
		if (title == null || body.stream().noneMatch((block) -> block.kind() == Block.Kind.PARAGRAPH)) {
			throw new UnreadableFileException("the BBC Markdown file has no title or no body text");
		}
		return new ParsedArticle("bbc-chinese", title, null, null, section, contributors,
				inferYear(images, body).orElse(null), null, List.of(LANGUAGE), lede, body, images, 0, List.of(),
				name());
	}

	private static Image withCaption(Image image, BlockQuote quote) {
		String credit = image.credit();
		String caption = image.caption();
		for (Node line = quote.getFirstChild(); line != null; line = line.getNext()) {
			String text = textOf(line);
			if (text.startsWith(CREDIT_LABEL)) {
				credit = Whitespace.normalise(text.substring(CREDIT_LABEL.length()));
			}
			else if (text.startsWith(CAPTION_LABEL)) {
				caption = Whitespace.normalise(text.substring(CAPTION_LABEL.length()));
			}
		}
		return new Image(image.src(), image.alt(), caption, null, credit);
	}

	/**
	 * The page states no date. Photos and captions date the events they show, so the
	 * article is no older than the latest of them; where the text also calls its events
	 * this year's ({@code 今年}), that latest year is the article's year. Never more
	 * precise than the year.
	 */
	static Optional<Published> inferYear(List<Image> images, List<Block> body) {
		boolean speaksOfThisYear = body.stream().anyMatch((block) -> block.text().contains("今年"));
		int latest = 0;
		String evidence = null;
		for (Image image : images) {
			for (Matcher date : List.of(ALT_DATE.matcher(String.valueOf(image.alt())),
					CAPTION_DATE.matcher(String.valueOf(image.caption())))) {
				while (date.find()) {
					int year = Integer.parseInt(date.group(1));
					if (year > latest) {
						latest = year;
						evidence = date.group();
					}
				}
			}
		}
		if (!speaksOfThisYear || evidence == null) {
			return Optional.empty();
		}
		return Optional.of(Published.inferredYear(Year.of(latest), "the latest dated event in the image captions (\""
				+ evidence + "\"), which the text speaks of as this year (今年)"));
	}

	private static boolean isWhollyBold(Paragraph paragraph) {
		return paragraph.getFirstChild() instanceof StrongEmphasis && paragraph.getFirstChild().getNext() == null;
	}

	/**
	 * The visible text of a node: literals only, so inline HTML never reaches the
	 * archive.
	 */
	private static String textOf(Node node) {
		StringBuilder out = new StringBuilder();
		appendText(node, out);
		return Whitespace.normalise(out.toString());
	}

	private static void appendText(Node node, StringBuilder out) {
		if (node instanceof Text text) {
			out.append(text.getLiteral());
		}
		else if (node instanceof Code code) {
			out.append(code.getLiteral());
		}
		else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
			out.append('\n');
		}
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			appendText(child, out);
		}
	}

}
