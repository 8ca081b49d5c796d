package org.newsarchive.ingest;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChromeTests {

	@Test
	void guanchaArticleEndsBeforeTheCopyrightLine() {
		List<String> lines = List.of("(觀察者網訊)據報道", "毛寧表示", "本文系觀察者網獨家稿件,未經授權,不得轉載。", "- 責任編輯: 楊蓉", "特朗普喊話");
		assertThat(GuanchaChrome.cut(lines)).containsExactly("(觀察者網訊)據報道", "毛寧表示");
	}

	@Test
	void guanchaArticleWithoutCopyrightEndsBeforeTheEditorLine() {
		List<String> lines = List.of("(观察者网讯)据报道", "- 责任编辑: 杨蓉", "2023-05-03 16:37");
		assertThat(GuanchaChrome.cut(lines)).containsExactly("(观察者网讯)据报道");
	}

	@Test
	void guanchaTextWithoutFooterIsRejected() {
		assertThatThrownBy(() -> GuanchaChrome.cut(List.of("(觀察者網訊)據報道"))).isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining("no copyright or editor line");
	}

	@Test
	void chinaMilArticleEndsAtRelatedNews() {
		assertThat(ChinaMilChrome.cut(List.of("NATO…", "北约…", "Related News", "back"))).containsExactly("NATO…", "北约…");
		assertThat(ChinaMilChrome.cut(List.of("NATO…", "北约…"))).containsExactly("NATO…", "北约…");
	}

	@Test
	void rfiBodyLeavesOutPromotionShareLinksAndTheLede() {
		Document html = Jsoup.parseBodyFragment("<p><strong>Lede</strong></p><div><p>One</p><p> Two </p>"
				+ "<div data-selfpromo-newsletter><p>Subscribe</p></div></div>"
				+ "<div><a href=\"https://twitter.com/intent/tweet?x\"><svg><path d=\"M0\"/></svg>Tweet</a></div>");
		RfiChrome.strip(html);
		assertThat(RfiChrome.bodyParagraphs(html, html.selectFirst("p:has(> strong)"))).containsExactly("One", "Two");
		assertThat(html.text()).doesNotContain("Subscribe", "Tweet");
	}

}
