package org.newsarchive.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.Image;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.source.ObservedSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** RSS and Atom files, read through {@link Parsers} as an import reads them. */
class FeedParserTests {

	private final Parsers parsers = new Parsers();

	@Test
	void aChineseRssFeedIsOneArticlePerItemWithItsFullText() {
		String text = text("news-cn-world.rss");
		assertThat(this.parsers.recognise(text).name()).isEqualTo("feed");
		ReadFile read = this.parsers.parse(text);
		assertThat(read.notes()).containsExactly("the RSS 2.0 feed \"新华网 国际频道\" of http://www.news.cn/world/");
		assertThat(read.entries()).extracting(ReadEntry::entry).containsExactly("0", "1", "2", "3");
		ObservedSource newsCn = new ObservedSource("news-cn", "新华网 国际频道", "http://www.news.cn/", "zh-Hans");

		ReadEntry first = read.entries().get(0);
		assertThat(first.source()).isEqualTo(newsCn);
		ParsedArticle article = first.article();
		assertThat(article.sourceSlug()).isEqualTo("news-cn");
		assertThat(article.title()).isEqualTo("联合国秘书长呼吁加沙立即停火");
		assertThat(article.url()).isEqualTo("http://www.news.cn/world/20240305/a1b2c3d4e5/c.html");
		assertThat(article.section()).isEqualTo("国际");
		assertThat(article.contributors()).containsExactly(new Contributor("王明", Contributor.Role.AUTHOR, null, null),
				new Contributor("李华", Contributor.Role.AUTHOR, null, null));
		assertThat(article.published()).isEqualTo(new Published("2024-03-05T09:30:00+08:00", Published.Precision.SECOND,
				false, "the <pubDate> of the feed item"));
		assertThat(article.capturedAt()).isNull();
		assertThat(article.languages()).containsExactly("zh-Hans");
		assertThat(article.lede()).isEqualTo("联合国秘书长古特雷斯4日再次呼吁加沙立即实现人道主义停火。");
		assertThat(article.body()).containsExactly(
				Block.paragraph("新华社联合国3月4日电（记者王明 李华）联合国秘书长古特雷斯4日在纽约联合国总部再次呼吁，加沙地带立即实现人道主义停火，并无条件释放所有被扣押人员。",
						"zh-Hans"),
				Block.image(0), Block.heading("人道局势持续恶化", "zh-Hans"),
				Block.paragraph("古特雷斯说，加沙的人道局势每天都在恶化，\n大量平民缺乏食物、饮用水和药品。", "zh-Hans"),
				Block.paragraph("他敦促各方保护平民，确保人道主义援助安全、畅通地进入加沙各地。", "zh-Hans"));
		assertThat(article.images())
			.containsExactly(new Image("http://www.news.cn/world/20240305/a1b2c3d4e5/images/gaza.jpg", "加沙城",
					"3月4日，人们在加沙城一处废墟旁行走。", null, "新华社发（里泽克·阿卜杜勒贾瓦德摄）"));
		assertThat(article.warnings()).isEmpty();
		assertThat(article.parser()).isEqualTo("feed");

		ParsedArticle summaryOnly = read.entries().get(1).article();
		assertThat(summaryOnly.title()).isEqualTo("日本央行维持超宽松货币政策不变");
		assertThat(summaryOnly.contributors())
			.containsExactly(new Contributor("张伟", Contributor.Role.AUTHOR, null, null));
		assertThat(summaryOnly.published().value()).isEqualTo("2024-03-05T10:05:00+08:00");
		assertThat(summaryOnly.lede()).isNull();
		assertThat(summaryOnly.body()).containsExactly(Block.paragraph("日本央行5日宣布维持超宽松货币政策不变……", "zh-Hans"));
		assertThat(summaryOnly.warnings()).containsExactly(FeedParser.SUMMARY_ONLY);

		assertThat(read.entries().get(2)).isEqualTo(ReadEntry.rejected("2", "item 2 has no link"));

		ReadEntry elsewhere = read.entries().get(3);
		assertThat(elsewhere.source())
			.isEqualTo(new ObservedSource("zaobao-com-sg", "zaobao.com.sg", "https://www.zaobao.com.sg/", "zh-Hans"));
		assertThat(elsewhere.article().sourceSlug()).isEqualTo("zaobao-com-sg");
		assertThat(elsewhere.article().section()).isEqualTo("东南亚");
		assertThat(elsewhere.article().contributors()).isEmpty();
		assertThat(elsewhere.article().published()).isEqualTo(new Published("2024-03-05T03:15:00Z",
				Published.Precision.SECOND, false, "the <pubDate> of the feed item"));
	}

	@Test
	void anAtomFeedOfSummariesKeepsPublishedAndUpdatedApart() {
		String text = text("straitstimes-asia.atom");
		assertThat(this.parsers.recognise(text).name()).isEqualTo("feed");
		ReadFile read = this.parsers.parse(text);
		assertThat(read.notes())
			.containsExactly("the Atom 1.0 feed \"The Straits Times – Asia\" of https://www.straitstimes.com/asia");
		assertThat(read.entries()).extracting(ReadEntry::entry).containsExactly("0", "1", "2");

		ReadEntry first = read.entries().get(0);
		assertThat(first.source()).isEqualTo(new ObservedSource("straitstimes-com", "The Straits Times – Asia",
				"https://www.straitstimes.com/", "en"));
		ParsedArticle article = first.article();
		assertThat(article.title())
			.isEqualTo("Indonesia's election commission confirms Prabowo's lead in official count");
		assertThat(article.url())
			.isEqualTo("https://www.straitstimes.com/asia/se-asia/indonesia-election-count-prabowo-lead");
		assertThat(article.published()).isEqualTo(new Published("2024-03-05T01:30:00Z", Published.Precision.SECOND,
				false, "the <published> of the feed item"));
		assertThat(article.capturedAt()).isEqualTo(Instant.parse("2024-03-05T02:00:00Z"));
		assertThat(article.contributors())
			.containsExactly(new Contributor("Arlina Arshad", Contributor.Role.AUTHOR, null, null));
		assertThat(article.section()).isEqualTo("South-east Asia");
		assertThat(article.languages()).containsExactly("en");
		assertThat(article.body()).containsExactly(Block.paragraph(
				"JAKARTA – The official tally puts Mr Prabowo Subianto well ahead with 58 per cent of the votes counted.",
				"en"));
		assertThat(article.warnings()).containsExactly(FeedParser.SUMMARY_ONLY);

		ParsedArticle updatedOnly = read.entries().get(1).article();
		assertThat(updatedOnly.published()).isNull();
		assertThat(updatedOnly.capturedAt()).isEqualTo(Instant.parse("2024-03-04T22:45:10Z"));
		assertThat(updatedOnly.contributors()).extracting(Contributor::name)
			.containsExactly("Raul Dancel", "Mara Cepeda");
		assertThat(updatedOnly.section()).isNull();
		assertThat(updatedOnly.body()).containsExactly(
				Block.paragraph("MANILA – Forecasters expect up to 20 tropical cyclones this year.", "en"));
		assertThat(updatedOnly.warnings()).containsExactly(
				"the entry states only when it was last updated (2024-03-04T22:45:10Z), not when it was published",
				FeedParser.SUMMARY_ONLY);

		assertThat(read.entries().get(2)).isEqualTo(ReadEntry.rejected("2", "item 2 has no title"));
	}

	@Test
	void anRss1FeedWithDublinCoreDatesIsRead() {
		String rdf = """
				<?xml version="1.0"?>
				<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
				  xmlns:dc="http://purl.org/dc/elements/1.1/">
				  <channel rdf:about="https://www.rfa.org/mandarin/rss">
				    <title>自由亚洲电台</title><link>https://www.rfa.org/mandarin/</link><description>新闻</description>
				  </channel>
				  <item rdf:about="https://www.rfa.org/mandarin/news/a.html">
				    <title>台湾举行汉光演习</title><link>https://www.rfa.org/mandarin/news/a.html</link>
				    <description>台湾7月举行年度汉光演习。</description>
				    <dc:date>2024-07-22T18:05+08:00</dc:date><dc:creator>记者 林东</dc:creator>
				  </item>
				</rdf:RDF>
				""";
		assertThat(this.parsers.recognise(rdf).name()).isEqualTo("feed");
		ReadFile read = this.parsers.parse(rdf);
		assertThat(read.notes()).containsExactly("the RSS 1.0 feed \"自由亚洲电台\" of https://www.rfa.org/mandarin/");
		ParsedArticle article = read.entries().get(0).article();
		assertThat(article.title()).isEqualTo("台湾举行汉光演习");
		assertThat(article.published()).isEqualTo(new Published("2024-07-22T18:05+08:00", Published.Precision.MINUTE,
				false, "the <dc:date> of the feed item"));
		assertThat(article.contributors()).extracting(Contributor::name).containsExactly("记者 林东");
		assertThat(read.entries().get(0).source().slug()).isEqualTo("rfa-org");
	}

	@Test
	void atomContentInXhtmlOrPlainTextIsTheFullTextAndARelativeLinkIsResolved() {
		String atom = """
				<feed xmlns="http://www.w3.org/2005/Atom"><title>博客</title>
				  <link href="https://blog.example.org/"/>
				  <entry><title type="html">&lt;b&gt;第一篇&lt;/b&gt;</title><link href="/2024/03/first"/>
				    <published>2024-03-05T09:30:00+08:00</published>
				    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>第一段。</p><h3>小标题</h3><p>第二段。</p></div></content>
				  </entry>
				  <entry><title>第二篇</title><link href="https://blog.example.org/2024/03/second"/>
				    <content type="text">一行。
				二行。</content>
				  </entry>
				</feed>
				""";
		ReadFile read = this.parsers.parse(atom);
		ParsedArticle first = read.entries().get(0).article();
		assertThat(first.title()).isEqualTo("第一篇");
		assertThat(first.url()).isEqualTo("https://blog.example.org/2024/03/first");
		assertThat(first.body()).containsExactly(Block.paragraph("第一段。", "zh-Hans"), Block.heading("小标题", "zh-Hans"),
				Block.paragraph("第二段。", "zh-Hans"));
		assertThat(first.warnings()).isEmpty();
		assertThat(read.entries().get(0).source())
			.isEqualTo(new ObservedSource("example-org", "博客", "https://blog.example.org/", "zh-Hans"));
		ParsedArticle second = read.entries().get(1).article();
		assertThat(second.body()).containsExactly(Block.paragraph("一行。", "zh-Hans"), Block.paragraph("二行。", "zh-Hans"));
		assertThat(second.published()).isNull();
		assertThat(second.capturedAt()).isNull();
		assertThat(second.warnings()).isEmpty();
	}

	@Test
	void anItemWithNeitherTextNorSummaryKeepsItsTitleAndSaysSo() {
		ReadFile read = this.parsers.parse("<rss version=\"2.0\"><channel><title>频道</title>"
				+ "<link>https://a.example/</link><item><title>只有标题</title><link>https://a.example/1</link>"
				+ "<pubDate>Tue, 5 Mar 2024 10:05 +0800</pubDate><author>editor@a.example (编辑部)</author></item>"
				+ "</channel></rss>");
		ParsedArticle article = read.entries().get(0).article();
		assertThat(article.body()).isEmpty();
		assertThat(article.warnings()).containsExactly(FeedParser.NO_TEXT);
		assertThat(article.published()).isEqualTo(new Published("2024-03-05T10:05+08:00", Published.Precision.MINUTE,
				false, "the <pubDate> of the feed item"));
		assertThat(article.contributors()).extracting(Contributor::name).containsExactly("编辑部");
	}

	@Test
	void aFeedIsRecognisedFromItsRootAfterTheProlog() {
		FeedParser feed = new FeedParser();
		assertThat(feed.recognises("\uFEFF<?xml version=\"1.0\"?>\n<!-- generated -->\n<rss version=\"2.0\">"))
			.isTrue();
		assertThat(feed.recognises("<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\">")).isTrue();
		assertThat(feed.recognises("<feed xmlns=\"http://example.org/not-atom\">")).isFalse();
		assertThat(feed.recognises("<?xml version=\"1.0\"?><doc><url>http://a.example/1</url></doc>")).isFalse();
		assertThat(feed.recognises("<html><body><rss></rss></body></html>")).isFalse();
		assertThat(feed.recognises("<!-- " + "x".repeat(10_000) + " --><rss>")).isFalse();
		// DocXmlParser takes any XML with a declaration, to reject it by its root: it
		// comes
		// after the feeds, and nothing before them takes a feed.
		List<String> order = Parsers.known().stream().map(FormatParser::name).toList();
		assertThat(order.indexOf("feed")).isLessThan(order.indexOf("doc-xml"));
		for (FormatParser before : Parsers.known().subList(0, order.indexOf("feed"))) {
			assertThat(before.recognises(text("news-cn-world.rss"))).as(before.name()).isFalse();
			assertThat(before.recognises(text("straitstimes-asia.atom"))).as(before.name()).isFalse();
		}
	}

	@Test
	void aFeedWithoutItemsIsRejected() {
		assertThatThrownBy(() -> this.parsers
			.parse("<rss version=\"2.0\"><channel><title>空</title><link>https://a.example/</link></channel></rss>"))
			.isInstanceOf(UnreadableFileException.class)
			.hasMessage("the feed holds no items");
	}

	@Test
	void aBrokenFeedIsRejectedWithWhereItBreaks() {
		assertThatThrownBy(() -> this.parsers.parse("<rss version=\"2.0\"><channel><item><title>x</item></channel>"))
			.isInstanceOf(UnreadableFileException.class)
			.hasMessageStartingWith("the feed is not well-formed XML (line 1, column 45): ");
	}

	@Test
	void anExternalEntityDoesNotReadALocalFile(@TempDir Path directory) throws Exception {
		Path secret = directory.resolve("secret.txt");
		Files.writeString(secret, "the archive's secret", StandardCharsets.UTF_8);
		String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ENTITY secret SYSTEM \"" + secret.toUri()
				+ "\"> ]>\n<rss version=\"2.0\"><channel><title>t</title><link>https://a.example/</link>"
				+ "<item><title>&secret;</title><link>https://a.example/1</link></item></channel></rss>";
		assertThat(this.parsers.recognise(feed).name()).isEqualTo("feed");
		assertThatThrownBy(() -> this.parsers.parse(feed)).isInstanceOf(UnreadableFileException.class)
			.hasMessage("the feed declares a DOCTYPE, which the archive does not read: "
					+ "a document type can pull in other files or expand its entities without end")
			.message()
			.doesNotContain("secret");
	}

	@Test
	void aBillionLaughsFeedIsRejectedQuickly() {
		StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			entities.append("<!ENTITY lol%d \"%s\">".formatted(i, ("&lol" + (i - 1) + ";").repeat(10)));
		}
		String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [" + entities + "]>\n<rss version=\"2.0\"><channel>"
				+ "<title>t</title><item><title>&lol9;</title><link>https://a.example/1</link></item></channel></rss>";
		assertTimeoutPreemptively(Duration.ofSeconds(2),
				() -> assertThatThrownBy(() -> this.parsers.parse(feed)).isInstanceOf(UnreadableFileException.class)
					.hasMessageStartingWith("the feed declares a DOCTYPE"));
	}

	@Test
	void aDoctypeBeyondTheOpeningIsRefusedByTheXmlReaderToo(@TempDir Path directory) throws Exception {
		Path secret = directory.resolve("secret.txt");
		Files.writeString(secret, "the archive's secret", StandardCharsets.UTF_8);
		String feed = "<?xml version=\"1.0\"?>\n<!-- " + "x".repeat(10_000)
				+ " -->\n<!DOCTYPE rss [ <!ENTITY secret SYSTEM \"" + secret.toUri()
				+ "\"> ]>\n<rss version=\"2.0\"><channel><title>t</title>"
				+ "<item><title>&secret;</title><link>https://a.example/1</link></item></channel></rss>";
		assertThatThrownBy(() -> new FeedParser().read(feed)).isInstanceOf(UnreadableFileException.class)
			.hasMessageStartingWith("the feed is not well-formed XML (line 3, column ")
			.message()
			.doesNotContain("the archive's secret");
	}

	@Test
	void theDeclaredLanguageGivesWayToChineseTextAndIsTaggedAsTheArchiveTagsIt() {
		assertThat(FeedParser.language("zh-tw", "Taipei")).isEqualTo("zh-Hant");
		assertThat(FeedParser.language("zh-CN", "")).isEqualTo("zh-Hans");
		assertThat(FeedParser.language("en-us", "台灣的新聞")).isEqualTo("zh-Hant");
		assertThat(FeedParser.language("en-US", "News")).isEqualTo("en");
		assertThat(FeedParser.language(null, "News")).isEqualTo("und");
	}

	private static String text(String name) {
		try {
			return new String(FeedImportTests.feed(name), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
