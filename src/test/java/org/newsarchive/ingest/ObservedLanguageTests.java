package org.newsarchive.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ObservedLanguageTests {

	@Test
	void tellsTraditionalFromSimplifiedByTheCharactersOnlyOneScriptHas() {
		assertThat(ObservedLanguage.of("北約秘書長史托騰柏格表示，聯盟將在東京設立聯絡處。")).isEqualTo("zh-Hant");
		assertThat(ObservedLanguage.of("北约秘书长斯托尔滕贝格表示，联盟将在东京设立联络处。")).isEqualTo("zh-Hans");
	}

	@Test
	void chineseThatBothScriptsWriteAlikeIsSimplified() {
		assertThat(ObservedLanguage.of("中国人民")).isEqualTo("zh-Hans");
	}

	@Test
	void textOfFewHanCharactersIsUnknown() {
		assertThat(ObservedLanguage.of("NATO plans an office in Tokyo 东京")).isEqualTo("und");
		assertThat(ObservedLanguage.of("")).isEqualTo("und");
	}

}
