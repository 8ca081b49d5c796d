package org.newsarchive.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermMarkerTests {

	@Test
	void marksASimplifiedTermInTraditionalTextInTheTextsOwnScript() {
		assertThat(new TermMarker(List.of("北约")).mark("據悉,該計劃已得到日本和北約官員的確認"))
			.isEqualTo("據悉,該計劃已得到日本和<mark>北約</mark>官員的確認");
	}

	@Test
	void marksPhrasesAndEnglishWordsWhateverTheirCase() {
		assertThat(new TermMarker(List.of("liaison office", "設立聯絡處")).mark("NATO to open Liaison Office; 在东京设立联络处"))
			.isEqualTo("NATO to open <mark>Liaison Office</mark>; 在东京<mark>设立联络处</mark>");
	}

	@Test
	void escapesEverythingElse() {
		assertThat(new TermMarker(List.of("北约")).mark("<script>alert('北约')</script>"))
			.isEqualTo("&lt;script&gt;alert(&#39;<mark>北约</mark>&#39;)&lt;/script&gt;");
		assertThat(new TermMarker(List.of()).mark("a < b")).isEqualTo("a &lt; b");
	}

	@Test
	void prefersTheLongerTermWhereTwoStartTogether() {
		assertThat(new TermMarker(List.of("岸田", "岸田文雄")).mark("首相岸田文雄和岸田"))
			.isEqualTo("首相<mark>岸田文雄</mark>和<mark>岸田</mark>");
	}

	@Test
	void marksJapaneseShinjitaiAsTheNamesAndTheSearchFoldThem() {
		assertThat(new TermMarker(List.of("小泽")).mark("小沢一郎")).isEqualTo("<mark>小沢</mark>一郎");
	}

}
