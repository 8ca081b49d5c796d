package org.newsarchive.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.Image;
import org.newsarchive.article.ParsedArticle;

/**
 * Test-only, crude extraction of the five seed files into {@link ParsedArticle}s, good
 * enough to feed the recogniser until the real parsers land. Not a parser: it knows each
 * file's layout by heart.
 */
final class SeedFixtures {

	static final String BBC = "000_7007327302503941.txt";

	static final String RFI_VISIT = "001_bf51fbc3ba7c270a.txt";

	static final String GUANCHA = "002_164af92ece23cc05.txt";

	static final String CHINA_MILITARY = "003_58561484b8c72d53.txt";

	static final String RFI_PARTNERS = "004_60f1b6b1adb64af0.txt";

	static final List<String> ALL = List.of(BBC, RFI_VISIT, GUANCHA, CHINA_MILITARY, RFI_PARTNERS);

	private static final Pattern READING = Pattern.compile("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹê]+\\)");

	private static final Pattern IMAGE = Pattern.compile("^!\\[(.*)\\]\\((.*)\\)$");

	private SeedFixtures() {
	}

	static ParsedArticle article(String seed) {
		return switch (seed) {
			case BBC -> bbc();
			case RFI_VISIT, RFI_PARTNERS -> rfi(seed);
			case GUANCHA -> guancha();
			case CHINA_MILITARY -> chinaMilitary();
			default -> throw new IllegalArgumentException(seed);
		};
	}

	private static ParsedArticle bbc() {
		List<String> lines = lines(BBC);
		String title = null;
		String author = null;
		String lede = null;
		List<Block> body = new ArrayList<>();
		List<Image> images = new ArrayList<>();
		int headings = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip().replace("\\(", "(").replace("\\)", ")");
			Matcher image = IMAGE.matcher(line);
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("## ")) {
				body.add(Block.heading(line.substring(3).strip(), "zh-Hans"));
			}
			else if (line.startsWith("#")) {
				headings++;
				if (headings == 2) {
					title = line.substring(1).strip();
				}
			}
			else if (line.startsWith("* ")) {
				author = (author == null) ? line.substring(2).strip() : author;
			}
			else if (image.matches()) {
				String credit = null;
				String caption = null;
				while (i + 1 < lines.size() && (lines.get(i + 1).startsWith(">") || lines.get(i + 1).isBlank())) {
					String quoted = lines.get(++i).replaceFirst("^>\\s*", "").strip();
					if (quoted.startsWith("图像来源，")) {
						credit = quoted.substring("图像来源，".length()).strip();
					}
					else if (quoted.startsWith("图像加注文字，")) {
						caption = quoted.substring("图像加注文字，".length()).strip();
					}
				}
				images.add(new Image(image.group(2), image.group(1), caption, null, credit));
				body.add(Block.image(images.size() - 1));
			}
			else if (line.startsWith("**") && line.endsWith("**")) {
				lede = line.substring(2, line.length() - 2);
			}
			else {
				body.add(Block.paragraph(line, "zh-Hans"));
			}
		}
		return article("bbc-chinese", title, null, List.of(new Contributor(author, Contributor.Role.AUTHOR)), "zh-Hans",
				lede, body, images);
	}

	private static ParsedArticle rfi(String seed) {
		String file = read(seed);
		Matcher link = Pattern.compile("\\[(.*?)\\]\\(").matcher(file);
		link.find();
		String title = link.group(1).replaceFirst(" - 印太纵览$", "");
		Document html = Jsoup.parse(file.substring(file.indexOf("------") + 6));
		String lede = null;
		List<Block> body = new ArrayList<>();
		for (Element paragraph : html.select("p")) {
			String text = paragraph.text().strip();
			if (text.isEmpty()) {
				continue;
			}
			if (lede == null && !paragraph.select("strong").isEmpty()) {
				lede = text;
			}
			else {
				body.add(Block.paragraph(text, "zh-Hans"));
			}
		}
		List<Contributor> contributors = html.select("a[href*=%E4%BD%9C%E8%80%85]")
			.stream()
			.map((author) -> new Contributor(author.attr("title"), Contributor.Role.AUTHOR))
			.toList();
		List<Image> images = List.of(new Image(html.select("img").attr("src"), null, null, null, null));
		return article("rfi-chinese", title, null, contributors, "zh-Hans", lede, body, images);
	}

	private static ParsedArticle guancha() {
		List<String> lines = lines(GUANCHA);
		String title = withoutReadings(lines.get(1));
		List<Block> body = new ArrayList<>();
		boolean inBody = false;
		for (String line : lines) {
			String text = withoutReadings(line).strip();
			if (text.startsWith("(觀察者網訊)")) {
				inBody = true;
			}
			if (text.startsWith("本文系觀察者網獨家稿件")) {
				break;
			}
			if (inBody && !text.isEmpty()) {
				body.add(Block.paragraph(text, "zh-Hant"));
			}
		}
		Contributor author = new Contributor("楊蓉", Contributor.Role.AUTHOR, null, "yangrong@guancha.cn");
		return article("guancha", title, null, List.of(author, new Contributor("楊蓉", Contributor.Role.EDITOR)),
				"zh-Hant", null, body, List.of());
	}

	private static ParsedArticle chinaMilitary() {
		List<String> lines = lines(CHINA_MILITARY).stream().map(String::strip).filter((l) -> !l.isEmpty()).toList();
		Image photo = new Image(null, null, lines.get(8), lines.get(9), null);
		List<Block> body = new ArrayList<>();
		body.add(Block.image(0));
		int pair = 0;
		for (int i = lines.indexOf("文威入") + 1; !lines.get(i).equals("Related News"); i += 2) {
			body.add(new Block(Block.Kind.PARAGRAPH, lines.get(i), "en", pair, null));
			body.add(new Block(Block.Kind.PARAGRAPH, lines.get(i + 1), "zh-Hans", pair, null));
			pair++;
		}
		List<Contributor> contributors = List.of(new Contributor("Wen Weiru", Contributor.Role.AUTHOR, "文威入", null),
				new Contributor(lines.get(5), Contributor.Role.EDITOR));
		return new ParsedArticle("china-military-online", lines.get(0), lines.get(1), null, null, contributors, null,
				null, List.of("en", "zh-Hans"), null, body, List.of(photo), 0, List.of(), "seed-fixture");
	}

	static String withoutReadings(String text) {
		return READING.matcher(text).replaceAll("");
	}

	private static ParsedArticle article(String source, String title, String otherTitle, List<Contributor> contributors,
			String language, String lede, List<Block> body, List<Image> images) {
		return new ParsedArticle(source, title, otherTitle, null, null, contributors, null, null, List.of(language),
				lede, body, images, 0, List.of(), "seed-fixture");
	}

	private static List<String> lines(String seed) {
		return read(seed).lines().toList();
	}

	private static String read(String seed) {
		try {
			return Files.readString(Path.of("seeds", seed), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
