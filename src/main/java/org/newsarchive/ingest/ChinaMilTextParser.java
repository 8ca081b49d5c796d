package org.newsarchive.ingest;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.Image;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;

/**
 * China Military Online's bilingual pages saved as plain text: English title, Chinese
 * title, {@code Source}, {@code Editor} and {@code Time} each followed by its value, an
 * optional caption pair, a {@code By …} byline with the Chinese name, then the article as
 * English/Chinese paragraph pairs.
 */
class ChinaMilTextParser implements ArticleParser {

	private static final String ENGLISH = "en";

	private static final String CHINESE = "zh-Hans";

	private static final ZoneId NEWSROOM = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	/**
	 * A caption ending in its credit, {@code … (Photo/Reuters)}, matched on a normalised
	 * line. Normalised, so that the lazy caption never tries a long run of spaces from
	 * each of its positions; the credit holds no parenthesis at all, so that each
	 * {@code (Photo/} is followed only as far as the next one.
	 */
	private static final Pattern ENGLISH_CAPTION = Pattern.compile("^(.+?)\\s*\\(Photo/([^()]++)\\)$");

	private static final Pattern CHINESE_CAPTION = Pattern.compile("^(.+?)\\s*[(（]图/[^()（）]++[)）]$");

	private static final Pattern BYLINE = Pattern.compile("^By (.+)$");

	/** A name in Chinese script on its own line: a few Han characters, perhaps with ·. */
	private static final Pattern CHINESE_NAME = Pattern.compile("^[\\p{IsHan}·]{2,8}$");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@Override
	public String name() {
		return "chinamil-text";
	}

	@Override
	public boolean recognises(String text) {
		List<String> lines = nonBlankLines(text, 7);
		return lines.size() == 7 && lines.get(2).equals("Source") && lines.get(4).equals("Editor")
				&& lines.get(6).equals("Time");
	}

	@Override
	public ParsedArticle parse(String text) {
		List<String> lines = ChinaMilChrome.cut(nonBlankLines(text, Integer.MAX_VALUE));
		if (lines.size() < 10 || !recognises(text)) {
			throw new UnreadableFileException("the China Military Online file ends before its article text");
		}
		Published published = published(lines.get(7));
		List<Contributor> contributors = new ArrayList<>();
		List<Image> images = new ArrayList<>();
		List<Block> body = new ArrayList<>();
		int next = 8;
		Matcher english = ENGLISH_CAPTION.matcher(Whitespace.normalise(lines.get(next)));
		Matcher chinese = CHINESE_CAPTION.matcher(Whitespace.normalise(lineOrEmpty(lines, next + 1)));
		if (english.matches() && chinese.matches()) {
			images.add(new Image(null, null, english.group(1), chinese.group(1), english.group(2)));
			body.add(Block.image(0));
			next += 2;
		}
		Matcher byline = BYLINE.matcher(lineOrEmpty(lines, next));
		if (byline.matches()) {
			boolean chineseName = CHINESE_NAME.matcher(lineOrEmpty(lines, next + 1)).matches();
			contributors.add(new Contributor(byline.group(1), Contributor.Role.AUTHOR,
					chineseName ? lines.get(next + 1) : null, null));
			next += chineseName ? 2 : 1;
		}
		contributors.add(new Contributor(lines.get(5), Contributor.Role.EDITOR));
		List<String> warnings = new ArrayList<>();
		int pair = 0;
		for (int i = next; i < lines.size(); i++) {
			String line = Whitespace.normalise(lines.get(i));
			boolean isChinese = HAN.matcher(line).find();
			boolean pairsWithNext = !isChinese && i + 1 < lines.size() && HAN.matcher(lines.get(i + 1)).find();
			if (pairsWithNext) {
				body.add(new Block(Block.Kind.PARAGRAPH, line, ENGLISH, pair, null));
				body.add(new Block(Block.Kind.PARAGRAPH, Whitespace.normalise(lines.get(i + 1)), CHINESE, pair, null));
				pair++;
				i++;
			}
			else {
				body.add(Block.paragraph(line, isChinese ? CHINESE : ENGLISH));
				warnings.add("paragraph without a translation: " + abbreviate(line));
			}
		}
		return new ParsedArticle("china-military-online", lines.get(0), lines.get(1), null, null, contributors,
				published, null, List.of(ENGLISH, CHINESE), null, body, images, 0, warnings, name());
	}

	private static Published published(String stated) {
		try {
			return Published.stated(LocalDateTime.parse(stated, TIME_FORMAT).atZone(NEWSROOM).toOffsetDateTime(),
					Published.Precision.SECOND, "stated on the page as " + stated + ", Beijing time");
		}
		catch (DateTimeParseException ex) {
			throw new UnreadableFileException(
					"the China Military Online file's Time is not yyyy-MM-dd HH:mm:ss but \"" + stated + "\"");
		}
	}

	private static String lineOrEmpty(List<String> lines, int index) {
		return (index < lines.size()) ? lines.get(index) : "";
	}

	private static List<String> nonBlankLines(String text, int limit) {
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).limit(limit).toList();
	}

	private static String abbreviate(String line) {
		return (line.length() <= 40) ? line : line.substring(0, 40) + "…";
	}

}
