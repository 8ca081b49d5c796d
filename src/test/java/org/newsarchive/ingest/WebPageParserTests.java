package org.newsarchive.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.source.ObservedSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Full web pages as a format, read the way an import reads a file (decoded, recognised,
 * parsed, bounded) from the real pages of {@code fixtures/html}.
 */
class WebPageParserTests {

	private final Parsers parsers = new Parsers();

	private final TextDecoder decoder = new TextDecoder();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			n4k-bbc-zhongwen      | 港特首梁振英就住宅违建事件道歉                    | bbc               | BBC
			n4k-chinadaily        | 外国专家：中美合作共赢符合国际社会利益                | chinadaily-com-cn | 中国日报网
			n4k-newscn            | 短缺药品保供稳价 全力保障临床用药需求                 | xinhuawang        | 新华网
			readability-qq        | DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶     | tengxunwang       | 腾讯网
			r4j-zhihu-1           | 教程01—普通人如何打造一场发布会级的演讲                | zhihu-com         | 知乎专栏
			trafilatura-xinhuanet | 武汉的声音：有英勇的你，才有英雄的城！                  | xinhuawang        | 新华网
			""")
	void aPageIsOneArticleOfTheOutletItNames(String page, String title, String slug, String siteName) {
		ReadEntry only = read(page);
		assertThat(only.entry()).isNull();
		assertThat(only.article().title()).isEqualTo(title);
		assertThat(only.article().sourceSlug()).isEqualTo(slug);
		assertThat(only.source().slug()).isEqualTo(slug);
		assertThat(only.source().name()).isEqualTo(siteName);
		assertThat(only.article().languages()).containsExactly("zh-Hans");
		assertThat(only.article().parser()).isEqualTo("web-page");
		assertThat(only.article().capturedAt()).isNull();
	}

	@Test
	void aTimeWithAZoneKeepsItsOffsetAndASiteWithoutAnAddressHasNoHomepage() {
		ReadEntry bbc = read("n4k-bbc-zhongwen");
		assertThat(bbc.article().published()).isEqualTo(
				new Published("2012-12-10T09:24:01Z", Published.Precision.SECOND, false, "<meta> dcterms.created"));
		assertThat(bbc.article().published().offsetStated()).isTrue();
		assertThat(bbc.article().url()).isNull();
		assertThat(bbc.source()).isEqualTo(new ObservedSource("bbc", "BBC", null, "zh-Hans"));
		assertThat(bbc.article().body()).hasSize(19);
		assertThat(bbc.article().images()).hasSize(2);
	}

	@Test
	void theCanonicalAddressIsTheUrlAndTheSiteNameNamesTheSource() {
		ParsedArticle chinadaily = read("n4k-chinadaily").article();
		assertThat(chinadaily.url())
			.isEqualTo("https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html");
		assertThat(chinadaily.published())
			.isEqualTo(new Published("2023-11-17", Published.Precision.DAY, false, "<meta> publishdate"));
		assertThat(chinadaily.contributors()).containsExactly(new Contributor("严玉洁", Contributor.Role.AUTHOR));
		assertThat(read("n4k-chinadaily").source())
			.isEqualTo(new ObservedSource("chinadaily-com-cn", "中国日报网", "https://china.chinadaily.com.cn/", "zh-Hans"));
	}

	@Test
	void aLabelledTimeWithoutAZoneIsStatedWithoutAnOffset() {
		Published published = read("r4j-zhihu-1").article().published();
		assertThat(published).isEqualTo(new Published("2016-08-17T11:40", Published.Precision.MINUTE, false,
				"labelled on the page as 发布于, which states no time zone"));
		assertThat(published.offsetStated()).isFalse();
		assertThat(read("r4j-zhihu-1").source())
			.isEqualTo(new ObservedSource("zhihu-com", "知乎专栏", "http://zhuanlan.zhihu.com/", "zh-Hans"));
	}

	@Test
	void theFirstDateOfTheTextIsInferredNotStated() {
		assertThat(read("n4k-newscn").article().published()).isEqualTo(new Published("2023-11-17T20:52:15",
				Published.Precision.SECOND, true, "the first date in the page text, which states no time zone"));
	}

	@Test
	void aPageThatNamesNoOutletIsRejectedWithItsReason() {
		assertThatThrownBy(() -> this.parsers.read(decoded("r4j-shgjj-1"))).isInstanceOf(UnreadableFileException.class)
			.hasMessage("the page names no outlet: it has no address of its own (canonical link, og:url) "
					+ "and no site name (og:site_name, JSON-LD publisher, a name its <title> adds to the headline)");
	}

	@Test
	void theAddressABrowserSavedThePageFromIsItsUrl() {
		String html = """
				<!-- saved from url=(0033)https://www.outlet.example/a/1 -->
				<html><head><title>Harbour reopens</title></head><body><article>
				<p>The harbour reopened on Monday after a week of repairs, and the first ferries left at dawn.</p>
				<p>Traders said the closure had cost them dearly, and asked the council for help with their losses.</p>
				</article></body></html>
				""";
		ReadEntry only = this.parsers.parse(html).entries().get(0);
		assertThat(only.article().url()).isEqualTo("https://www.outlet.example/a/1");
		assertThat(only.source())
			.isEqualTo(new ObservedSource("outlet-example", "outlet.example", "https://www.outlet.example/", "und"));
	}

	@Test
	void aPageWithoutReadableTextIsRejected() {
		String html = "<!DOCTYPE html><html><head><title>Nothing here</title>"
				+ "<link rel=\"canonical\" href=\"https://outlet.example/empty\"></head><body></body></html>";
		assertThat(this.parsers.recognise(html).name()).isEqualTo("web-page");
		assertThatThrownBy(() -> this.parsers.parse(html)).isInstanceOf(UnreadableFileException.class)
			.hasMessage("the page has no readable article text");
	}

	@Test
	void anRfiFragmentIsStillReadByItsOwnParserAndHtmlIsNotXml() {
		assertThat(this.parsers
			.recognise("<!--1686669304000-->\n[标题 - 专栏](https://www.rfi.fr/cn/x/1)\n------\n\n<html><p>正文。</p></html>")
			.name()).isEqualTo("rfi-html");
		assertThat(this.parsers.recognise("<?xml version=\"1.0\"?>\n<html><head></head></html>").name())
			.isEqualTo("web-page");
		assertThat(this.parsers.recognise("<?xml version=\"1.0\"?>\n<doc><title>x</title></doc>").name())
			.isEqualTo("doc-xml");
	}

	private ReadEntry read(String page) {
		ReadFile read = this.parsers.read(decoded(page));
		assertThat(read.entries()).hasSize(1);
		return read.entries().get(0);
	}

	private TextDecoder.DecodedText decoded(String page) {
		byte[] bytes = WebArchiveImportTests.fixture("html/" + page + "/page.html");
		TextDecoder.DecodedText decoded = this.decoder.decode(bytes);
		assertThat(this.parsers.recognise(decoded.text()).name()).isEqualTo("web-page");
		return decoded;
	}

}
