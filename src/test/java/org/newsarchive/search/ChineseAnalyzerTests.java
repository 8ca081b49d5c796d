package org.newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseAnalyzerTests {

	private final Analyzer chinese = new ChineseAnalyzer();

	@Test
	void segmentsTraditionalTitleIntoSimplifiedWords() throws IOException {
		assertThat(terms(this.chinese, "北約擬在東京設立亞洲首個聯絡處")).containsExactly("北约", "拟", "在", "东京", "设立", "亚洲", "首", "个",
				"联络处");
	}

	@Test
	void simplifiedTextGivesTheSameTermsAsTraditional() throws IOException {
		assertThat(terms(this.chinese, "北约拟在东京设立亚洲首个联络处")).isEqualTo(terms(this.chinese, "北約擬在東京設立亞洲首個聯絡處"));
		assertThat(terms(this.chinese, "北約")).containsExactly("北约").isEqualTo(terms(this.chinese, "北约"));
		assertThat(terms(this.chinese, "設立聯絡處")).containsExactly("设立", "联络处").isEqualTo(terms(this.chinese, "设立联络处"));
	}

	@Test
	void foldsJapaneseShinjitaiAsTheNamesAndTheMarkerDo() throws IOException {
		assertThat(terms(this.chinese, "沢")).containsExactly("泽");
		assertThat(terms(new ChineseBigramAnalyzer(), "小沢")).containsExactly("小泽");
	}

	@Test
	void offsetsOfFoldedTokensPointAtTheTraditionalCharacters() throws IOException {
		String text = "日本首相岸田文雄在東京會見北約秘書長";
		assertThat(tokens(this.chinese, text)).containsExactly("日本@0-2:日本", "首相@2-4:首相", "岸@4-5:岸", "田@5-6:田",
				"文@6-7:文", "雄@7-8:雄", "在@8-9:在", "东京@9-11:東京", "会见@11-13:會見", "北约@13-15:北約", "秘书长@15-18:秘書長");
	}

	@Test
	void offsetsStayRightWhenAFoldLeavesTheBasicPlane() throws IOException {
		// 㠣 folds to 𫵷, a surrogate pair: one character in, two UTF-16 units out.
		assertThat(tokens(this.chinese, "㠣北約")).containsExactly("𫵷@0-1:㠣", "北约@1-3:北約");
	}

	@Test
	void keepsLatinWordsInChineseTextAndDropsPunctuationAndEnglishStopWords() throws IOException {
		assertThat(terms(this.chinese, "ＮＡＴＯ的Offices，而且“小北约”是 the 话题。")).containsExactly("nato", "的", "offic", "而且",
				"小", "北约", "是", "话题");
	}

	@Test
	void englishAnalyzerStemsAndDropsPossessivesAndStopWords() throws IOException {
		assertThat(
				terms(new EnglishAnalyzer(), "NATO's persistent efforts on breaking through traditional defense zones"))
			.containsExactly("nato", "persist", "effort", "break", "through", "tradit", "defens", "zone");
	}

	private static List<String> terms(Analyzer analyzer, String text) throws IOException {
		return tokens(analyzer, text).stream().map((token) -> token.substring(0, token.indexOf('@'))).toList();
	}

	/** Each token as {@code term@start-end:original text at those offsets}. */
	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("body_zh", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + ":"
						+ text.substring(offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		return tokens;
	}

}
