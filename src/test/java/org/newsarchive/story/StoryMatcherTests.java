package org.newsarchive.story;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.Block;
import org.newsarchive.article.Published;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes two articles one story beyond how alike their words are: reports written
 * from one template share most of their words but none of the rare words of their titles.
 */
class StoryMatcherTests {

	private final ArticleFeatures jiangsu = article(1, "2020-04-04", "江苏新增境外输入新冠肺炎确诊病例1例",
			"据江苏省卫健委官方微博消息，4月3日0-24时，江苏省新增境外输入新冠肺炎确诊病例1例。截至4月3日24时，累计报告境外输入确诊病例20例，出院1例，尚在院隔离治疗19例。");

	private final ArticleFeatures hebei = article(2, "2020-04-04", "河北新增境外输入新冠肺炎确诊病例2例",
			"据河北省卫健委官方微博消息，4月3日0-24时，河北省新增境外输入新冠肺炎确诊病例2例。截至4月3日24时，累计报告境外输入确诊病例9例，出院3例，尚在院隔离治疗6例。");

	private final ArticleFeatures leak = article(3, "2020-03-30", "黑龙江鹿鸣矿业尾矿砂泄漏 下游水源地取水暂停",
			"黑龙江省伊春市鹿鸣矿业有限公司尾矿库28日发生尾矿砂泄漏，伊春市已暂停下游水源地取水，环境部门正在监测依吉密河水质。");

	private final ArticleFeatures leakMeasured = article(4, "2020-03-31", "鹿鸣矿业尾矿砂泄漏事故：5个监测断面数据超标",
			"黑龙江省生态环境厅公布鹿鸣矿业尾矿砂泄漏事故水环境监测数据，13个监测断面中有5个断面部分数据超标，伊春市正在处置。");

	private final StoryMatcher matcher = StoryPool.Window
		.of(List.of(this.jiangsu, this.hebei, this.leak, this.leakMeasured))
		.matcher();

	@Test
	void twoProvincesCountsFromOneTemplateAreTwoStories() {
		StoryMatcher.Match match = this.matcher.match(this.jiangsu, this.hebei);
		assertThat(match.similarity()).isGreaterThan(0.8);
		assertThat(match.sameStory()).isFalse();
	}

	@Test
	void reportsSharingRareWordsOfTheirTitlesAreOneStory() {
		StoryMatcher.Match match = this.matcher.match(this.leak, this.leakMeasured);
		assertThat(match.dayGap()).isOne();
		assertThat(match.sameStory()).isTrue();
	}

	@Test
	void aDayApartTakesOneMoreRareTitleWordInCommon() {
		ArticleFeatures notice = article(5, "2020-03-30", "伊春通报水质", "伊春通报水质情况。");
		ArticleFeatures sameDay = article(6, "2020-03-30", "伊春停止取水", "伊春停止取水。");
		ArticleFeatures nextDay = article(7, "2020-03-31", "伊春停止取水", "伊春停止取水。");
		StoryMatcher matcher = StoryPool.Window.of(List.of(notice, sameDay, nextDay)).matcher();
		// 伊春 is the one word of their titles both use that news at large seldom uses.
		assertThat(matcher.match(notice, sameDay).sameStory()).isTrue();
		assertThat(matcher.match(notice, nextDay).sameStory()).isFalse();
	}

	private static ArticleFeatures article(long id, String day, String title, String text) {
		Published published = Published.statedDay(LocalDate.parse(day), "StoryMatcherTests");
		return ArticleFeatures.of(id, published, title, null, null, List.of(Block.paragraph(text, "zh")), List.of());
	}

}
