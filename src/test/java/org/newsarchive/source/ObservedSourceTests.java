package org.newsarchive.source;

import java.net.IDN;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ObservedSourceTests {

	@Test
	void theSlugComesFromTheRegistrableDomain() {
		assertThat(ObservedSource.ofUrl("https://www.chinanews.com/gn/2020/03-01/9109087.shtml", null, "zh-Hans"))
			.contains(new ObservedSource("chinanews-com", "chinanews.com", "https://www.chinanews.com/", "zh-Hans"));
		assertThat(ObservedSource.ofUrl("http://m.chinanews.com/wap/detail/zw/gn/2020/03-01/9109087.shtml", "中新网",
				"zh-Hans"))
			.contains(new ObservedSource("chinanews-com", "中新网", "http://m.chinanews.com/", "zh-Hans"));
		assertThat(ObservedSource.ofUrl("https://news.ltn.com.tw/news/world/breakingnews/2000000", "自由時報", "zh-Hant"))
			.contains(new ObservedSource("ltn-com-tw", "自由時報", "https://news.ltn.com.tw/", "zh-Hant"));
		assertThat(ObservedSource.ofUrl("http://star.ettoday.net/news/959352", "東森新聞雲", "zh-Hant"))
			.contains(new ObservedSource("ettoday-net", "東森新聞雲", "http://star.ettoday.net/", "zh-Hant"));
		assertThat(ObservedSource.ofUrl("http://localhost:8080/a", null, "en")).map(ObservedSource::slug)
			.contains("localhost");
		assertThat(ObservedSource.ofUrl("HTTPS://WWW.ETtoday.net:443/news/1.htm", null, "zh-Hant"))
			.map(ObservedSource::slug)
			.contains("ettoday-net");
	}

	@Test
	void anAddressWithoutAHostNamesNoSource() {
		assertThat(ObservedSource.ofUrl("/news/1.htm", "x", "en")).isEmpty();
		assertThat(ObservedSource.ofUrl("not a url", "x", "en")).isEmpty();
	}

	@Test
	void aNameAloneMakesTheSlug() {
		assertThat(ObservedSource.ofName(" Apple Daily ", null, "zh-Hant"))
			.isEqualTo(new ObservedSource("apple-daily", "Apple Daily", null, "zh-Hant"));
	}

	@Test
	void everySlugIsAscii() {
		assertThat(ObservedSource.ofName("新闻联播", "https://tv.cctv.com/", "zh-Hans"))
			.isEqualTo(new ObservedSource("xinwenlianbo", "新闻联播", "https://tv.cctv.com/", "zh-Hans"));
		assertThat(ObservedSource.ofName("自由時報 Taipei Times", null, "zh-Hant").slug())
			.isEqualTo("ziyoushibao-taipei-times");
		assertThat(ObservedSource.ofName("Le Monde diplomatique en español", null, "es").slug())
			.isEqualTo("le-monde-diplomatique-en-espanol");
		assertThat(ObservedSource.ofName("Новая газета", null, "ru").slug()).isEqualTo("novaa-gazeta");
		assertThat(ObservedSource.ofUrl("http://www." + IDN.toASCII("新华网.cn") + "/a.html", null, "zh-Hans"))
			.map(ObservedSource::slug)
			.contains("xinhuawang-cn");
		assertThat(ObservedSource.ofName("★ ☆", null, "und").slug()).matches("source-[0-9a-f]{12}")
			.isEqualTo(ObservedSource.ofName("★ ☆", null, "zh").slug());
	}

	@Test
	void aNameLongerThanAnyOutletsIsCutAndToldApartByItsHash() {
		String slug = ObservedSource.ofName("新".repeat(200_000), null, "zh-Hans").slug();
		assertThat(slug).matches("(xin){64}-[0-9a-f]{12}");
		assertThat(ObservedSource.ofName("新".repeat(200_001), null, "zh-Hans").slug()).isNotEqualTo(slug)
			.startsWith("xin".repeat(64) + "-");
	}

}
