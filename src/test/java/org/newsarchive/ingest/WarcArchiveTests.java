package org.newsarchive.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.source.ObservedSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Web archives: warcio's test files ({@code fixtures/warc}) and archives written here
 * with jwarc's own writer.
 */
class WarcArchiveTests {

	private static final Charset GBK = Charset.forName("GBK");

	private static final String CHINESE_PAGE = """
			<!DOCTYPE html><html lang="zh-CN"><head><meta charset="gbk"><title>港口恢复通航_新闻_示例网</title>
			<meta property="og:title" content="港口恢复通航">
			<meta property="og:site_name" content="示例网">
			<meta property="article:published_time" content="2024-01-02T10:00:00+08:00">
			<link rel="canonical" href="https://www.example.cn/news/1.html"></head>
			<body><nav><a href="/">首页</a></nav><article>
			<p>经过一周的抢修，港口于周一恢复通航，首批渡轮在清晨驶离码头，往返两岸的旅客陆续登船。</p>
			<p>商户表示，停航给他们带来了不小的损失，希望有关部门能够尽快出台扶持措施，帮助大家渡过难关。</p>
			</article><footer>版权所有</footer></body></html>
			""";

	private final WarcArchive archive = new WarcArchive(new WebPageParser(), new TextDecoder());

	@ParameterizedTest
	@ValueSource(strings = { "example.warc", "example.warc.gz" })
	void warcioExampleIsOneCaptureAndItsRevisitTheSame(String file) {
		byte[] bytes = WebArchiveImportTests.fixture("warc/" + file);
		assertThat(WarcArchive.recognises(bytes)).isTrue();
		ReadFile read = this.archive.read(bytes);
		assertThat(read.notes())
			.containsExactly("skipped 2 warcinfo, 2 request records; 1 revisit of a capture already read");
		assertThat(read.entries()).singleElement().satisfies((entry) -> {
			assertThat(entry.entry()).isEqualTo("urn:uuid:a9c51e3e-0221-11e7-bf66-0242ac120005");
			assertThat(entry.source())
				.isEqualTo(new ObservedSource("example-com", "example.com", "http://example.com/", "und"));
			ParsedArticle article = entry.article();
			assertThat(article.title()).isEqualTo("Example Domain");
			assertThat(article.url()).isEqualTo("http://example.com/");
			assertThat(article.capturedAt()).isEqualTo(Instant.parse("2017-03-06T04:02:06Z"));
			assertThat(article.published()).isNull();
			assertThat(article.lede()).isEqualTo(
					"This domain is established to be used for illustrative examples in documents. You may use this "
							+ "domain in examples without prior coordination or asking for permission.");
			assertThat(article.parser()).isEqualTo("web-page");
		});
	}

	@Test
	void eachHtmlCaptureIsAnArticleAndTheRestIsCounted() throws IOException {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
		byte[] warc = warc(WarcCompression.NONE,
				response("https://www.example.cn/news/1.html", "2024-01-02T03:04:05Z", 200, "text/html; charset=GBK",
						CHINESE_PAGE.getBytes(GBK)),
				request("https://www.example.cn/news/1.html"),
				response("https://www.example.cn/logo.png", "2024-01-02T03:04:06Z", 200, "image/png", png),
				response("https://m.example.cn/news/1.html", "2024-01-02T03:05:00Z", 200, "text/html; charset=GBK",
						CHINESE_PAGE.getBytes(GBK)),
				response("https://www.example.cn/gone", "2024-01-02T03:06:00Z", 404, "text/html",
						"<html><title>Not found</title></html>".getBytes(StandardCharsets.UTF_8)),
				response("https://outlet.example/story?id=7", "2024-01-03T00:00:00Z", 200, "text/html",
						"""
								<html><head><title>Ferries run again</title></head><body><article>
								<p>The ferries ran again on Monday after a week of repairs to the harbour, and traders welcomed them.</p>
								<p>The council said it would look at ways to help the businesses that had lost a week of trade.</p>
								</article></body></html>
								"""
							.getBytes(StandardCharsets.UTF_8)));
		ReadFile read = this.archive.read(warc);
		assertThat(read.notes()).containsExactly("skipped 1 request records; 1 response with a payload already read; "
				+ "1 response not HTML, not stored; 1 response with a status other than 200");
		assertThat(read.entries()).hasSize(2);
		ReadEntry chinese = read.entries().get(0);
		assertThat(chinese.entry()).startsWith("urn:uuid:");
		assertThat(chinese.source())
			.isEqualTo(new ObservedSource("example-cn", "示例网", "https://www.example.cn/", "zh-Hans"));
		assertThat(chinese.article().title()).isEqualTo("港口恢复通航");
		assertThat(chinese.article().url()).isEqualTo("https://www.example.cn/news/1.html");
		assertThat(chinese.article().published()).isEqualTo(new Published("2024-01-02T10:00:00+08:00",
				Published.Precision.SECOND, false, "<meta> article:published_time"));
		assertThat(chinese.article().capturedAt()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
		assertThat(chinese.article().body()).hasSize(2);
		assertThat(chinese.article().body().get(0).text()).startsWith("经过一周的抢修，港口于周一恢复通航");
		ParsedArticle english = read.entries().get(1).article();
		assertThat(english.url()).isEqualTo("https://outlet.example/story?id=7");
		assertThat(english.sourceSlug()).isEqualTo("outlet-example");
		assertThat(english.capturedAt()).isEqualTo(Instant.parse("2024-01-03T00:00:00Z"));
	}

	@Test
	void aGzippedArchiveIsRecognisedFromItsBytesAndReadTheSame() throws IOException {
		byte[] gzipped = warc(WarcCompression.GZIP, response("https://www.example.cn/news/1.html",
				"2024-01-02T03:04:05Z", 200, "text/html; charset=GBK", CHINESE_PAGE.getBytes(GBK)));
		assertThat(WarcArchive.recognises(gzipped)).isTrue();
		assertThat(this.archive.read(gzipped).entries()).extracting((entry) -> entry.article().title())
			.containsExactly("港口恢复通航");
	}

	@Test
	void anArchiveWithoutAPageIsRejectedWithWhatItHeld() throws IOException {
		byte[] warc = warc(WarcCompression.NONE, request("https://outlet.example/1"),
				response("https://outlet.example/feed.json", "2024-01-03T00:00:00Z", 200, "application/json",
						"{}".getBytes(StandardCharsets.UTF_8)));
		assertThatThrownBy(() -> this.archive.read(warc)).isInstanceOf(UnreadableFileException.class)
			.hasMessage("the archive holds no HTML page captured with status 200 that was not read before: "
					+ "skipped 1 request records; 1 response not HTML, not stored");
	}

	@Test
	void otherBytesAreNotAnArchive() throws IOException {
		assertThat(WarcArchive.recognises("WARC is a format".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(WarcArchive.recognises(gzip("<html></html>".getBytes(StandardCharsets.UTF_8)))).isFalse();
		assertThat(WarcArchive.recognises(new byte[] { 0x1F, (byte) 0x8B })).isFalse();
	}

	@Test
	void anArchiveCutShortKeepsTheRecordsBeforeTheCut() throws IOException {
		byte[] whole = warc(WarcCompression.NONE, response("https://outlet.example/1", "2024-01-03T00:00:00Z", 200,
				"text/html",
				"<html><head><title>One</title></head><body><p>The first story of the archive, whole and readable to its end.</p></body></html>"
					.getBytes(StandardCharsets.UTF_8)),
				response("https://outlet.example/2", "2024-01-03T00:00:01Z", 200, "text/html",
						"<html><head><title>Two</title></head><body><p>The second story, cut off in the middle.</p></body></html>"
							.getBytes(StandardCharsets.UTF_8)));
		byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 40);
		ReadFile read = this.archive.read(cut);
		assertThat(read.entries()).hasSize(2);
		assertThat(read.entries().get(0).article().title()).isEqualTo("One");
		assertThat(read.entries().get(1).article()).isNull();
		assertThat(read.entries().get(1).error())
			.startsWith("the page's HTTP body cannot be read (the record is cut short");
		assertThat(read.notes()).containsExactly(
				"the archive cannot be read after its record 2 (Expected to read 36 more bytes); the records before were read");
	}

	@Test
	void anArchiveThatInflatesPastItsLimitIsRejectedWhole() throws IOException {
		byte[] page = ("<html><head><title>One</title></head><body><p>A story before the bomb, whole and readable.</p>"
				+ "</body></html>")
			.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(warc(WarcCompression.GZIP,
				response("https://outlet.example/1", "2024-01-03T00:00:00Z", 200, "text/html", page)));
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write("WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 8000000\r\n\r\n"
				.getBytes(StandardCharsets.US_ASCII));
			gzip.write(new byte[8_000_000]);
		}
		assertThat(bytes.size()).isLessThan(10_000);
		WarcArchive bounded = new WarcArchive(new WebPageParser(), new TextDecoder(), 1024 * 1024);
		assertThatThrownBy(() -> bounded.read(bytes.toByteArray())).isInstanceOf(UnreadableFileException.class)
			.hasMessage("the WARC file inflates to more than 1048576 bytes, the limit of one archive");
	}

	private static WarcResponse response(String url, String date, int status, String type, byte[] body)
			throws IOException {
		return new WarcResponse.Builder(URI.create(url)).date(Instant.parse(date))
			.body(new HttpResponse.Builder(status, (status == 200) ? "OK" : "Not Found")
				.body(MediaType.parse(type), body)
				.build())
			.build();
	}

	private static WarcRequest request(String url) throws IOException {
		return new WarcRequest.Builder(URI.create(url))
			.body(new HttpRequest.Builder("GET", URI.create(url).getPath()).build())
			.build();
	}

	private static byte[] warc(WarcCompression compression, org.netpreserve.jwarc.WarcRecord... records)
			throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
			for (org.netpreserve.jwarc.WarcRecord record : records) {
				writer.write(record);
			}
		}
		return out.toByteArray();
	}

	private static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		return out.toByteArray();
	}

}
