package org.newsarchive.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTests {

	@Test
	void chineseSentenceWithItsClosingQuote() {
		String text = "中国外交部立即抨击。发言人毛宁表示，“亚太不欢迎阵营对抗。”她强调。";
		assertThat(Sentences.around(text, text.indexOf("毛宁"))).isEqualTo("发言人毛宁表示，“亚太不欢迎阵营对抗。”");
	}

	@Test
	void englishSentence() {
		String text = "NATO plans an office. The plan was agreed during Stoltenberg's visit. It is small.";
		assertThat(Sentences.around(text, text.indexOf("Stoltenberg")))
			.isEqualTo("The plan was agreed during Stoltenberg's visit.");
	}

}
