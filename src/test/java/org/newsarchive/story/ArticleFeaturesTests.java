package org.newsarchive.story;

import java.time.LocalDate;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.Block;
import org.newsarchive.article.EntityRef;
import org.newsarchive.article.Published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The days an article names, kept with its title terms, and the days it reports on.
 */
class ArticleFeaturesTests {

	private static final LocalDate APRIL_2 = LocalDate.of(2020, 4, 2);

	@Test
	void namesTheDaysNewsWritesNearItsPublication() {
		String text = "中新社北京4月2日电 伊春“3·28”尾矿砂泄漏事故，4月1日0至24时无新增，昨（1）日通报，廿九日起监测，"
				+ "2018年7月19日督查组曾指出隐患，自105年5月20日担任现职，40日大男婴。";
		assertThat(ArticleFeatures.namedDays(text, APRIL_2, APRIL_2)).containsExactly(LocalDate.of(2020, 3, 28),
				LocalDate.of(2020, 3, 29), LocalDate.of(2020, 4, 1), APRIL_2);
	}

	@Test
	void keepsTheFiguresOfNewsNotDatesOrSmallCounts() {
		String text = "截至3月31日24时，各地发行新增专项债券1.08万亿元，占84%，同比增长63.5％，造成305人死亡、25,888元、"
				+ "5.6级地震，新增2例，20万个岗位，100人，2017大安沙雕季，第106000052期，12时30分。";
		assertThat(ArticleFeatures.figures(text)).containsExactly("1.08万亿元", "25888元", "305人", "5.6级", "63.5%");
	}

	@Test
	void aDailyCountReportsOnTheDayBeforeItsDateline() {
		ArticleFeatures count = article("浙江新增1例境外输入确诊病例", "中新网4月2日电 据浙江卫健委消息，4月1日0-24时，新增境外输入确诊病例1例。");
		assertThat(count.namedDays()).containsExactly(LocalDate.of(2020, 4, 1), APRIL_2);
		assertThat(count.reportedDays()).containsExactly(LocalDate.of(2020, 4, 1));
		// The days are no word of the title.
		assertThat(count.titleTerms()).startsWith("例境", "入确").allMatch((term) -> !term.contains("2020"));
	}

	@Test
	void anArticleNamingOnlyItsOwnDayReportsOnIt() {
		ArticleFeatures today = article("广西保持零新增", "中新网南宁4月2日电 广西无新增确诊病例。");
		assertThat(today.reportedDays()).containsExactly(APRIL_2);
		assertThat(article("广西保持零新增", "广西无新增确诊病例。").reportedDays()).isEmpty();
	}

	@Test
	void reportersNamedOnlyInBylinesAreLeftOut() {
		List<EntityRef> named = List.of(new EntityRef(7, "黄艳梅", "PERSON"), new EntityRef(8, "陳時中", "PERSON"),
				new EntityRef(9, "陈郁仁", "PERSON"), new EntityRef(10, "刘人玮", "PERSON"),
				new EntityRef(11, "曾吉松", "PERSON"));
		ArticleFeatures article = ArticleFeatures.of(1, "chinanews-com",
				Published.statedDay(APRIL_2, "ArticleFeaturesTests"), "指挥中心通报新增病例", null, null,
				List.of(Block.paragraph("中新网南宁4月2日电(记者黄艳梅)指挥中心指挥官陈时中当日在记者会上指出，已针对该案例展开调查。", "zh"),
						Block.paragraph("記者曾吉松／攝影（突發中心劉人瑋、陳郁仁／台北報導）", "zh")),
				named);
		assertThat(article.entityIds()).containsExactly(8);
	}

	@Test
	void aReporterTheTextAlsoNamesStays() {
		ArticleFeatures article = ArticleFeatures.of(1, "udn-com", Published.statedDay(APRIL_2, "ArticleFeaturesTests"),
				"林青弘谈食安", null, null, List.of(Block.paragraph("林青弘／自由作家 拜读黎智英先生的文章，林青弘认为食安要从源头管。", "zh")),
				List.of(new EntityRef(12, "林青弘", "PERSON")));
		assertThat(article.entityIds()).containsExactly(12);
	}

	@Test
	void aLongListOfNamesIsReadForBylinesInLinearTime() {
		String text = "张三、".repeat(70_000) + "。记者李四／台北报导";
		BylineNames bylines = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> BylineNames.in(text));
		assertThat(bylines.onlyThere("李四")).isTrue();
		assertThat(bylines.onlyThere("张三")).isFalse();
	}

	/**
	 * Slashed bylines are looked for only around the slashes and signed ones only at the
	 * end: the same names as the patterns read over the whole text.
	 */
	@Test
	void bylinesAreFoundAroundEverySlashAndAtTheEnd() {
		BylineNames bylines = BylineNames
			.in("见 http://a.b/c 与 2017/06/28。王大明、李小华  ／  台北报导 张三说。" + "赵六/ 研究员 指出，孙七／特派员。吴八／\n摄影 周九说话（郑十） \n");
		assertThat(bylines.onlyThere("王大明")).isTrue();
		assertThat(bylines.onlyThere("李小华")).isTrue();
		assertThat(bylines.onlyThere("赵六")).isTrue();
		assertThat(bylines.onlyThere("孙七")).isTrue();
		assertThat(bylines.onlyThere("吴八")).isTrue();
		assertThat(bylines.onlyThere("郑十")).isTrue();
		assertThat(bylines.onlyThere("张三")).isFalse();
		assertThat(bylines.onlyThere("周九")).isFalse();
		assertThat(BylineNames.in("（郑十）说了话").onlyThere("郑十")).isFalse();
	}

	@Test
	void theSignatureIsTheBodysAloneThoughTheBodyIsCutOnceWithTheOpening() {
		String body = "台中市1名70歲老翁今天上午被發現倒臥清水區一處大排水溝內，警消獲報到場將他救起送醫急救。\n" + "排水溝旁散落疑似老翁撈田螺的網子與桶子，警消正調查事發原因（udn）。";
		ArticleFeatures article = ArticleFeatures.of(1, "udn-com", Published.statedDay(APRIL_2, "ArticleFeaturesTests"),
				"疑撈田螺 老翁倒臥大排水溝送醫急救", null, "老翁送醫", List.of(Block.paragraph(body.lines().toList().get(0), "zh"),
						Block.paragraph(body.lines().toList().get(1), "zh")),
				List.of());
		assertThat(article.signature()).hasSize(MinHash.HASHES).isEqualTo(MinHash.signature(Tokens.of(body)));
		ArticleFeatures titleOnly = article("疑撈田螺 老翁倒臥大排水溝送醫急救 台中市清水區一處大排水溝內", "");
		assertThat(titleOnly.signature()).isEqualTo(MinHash.signature(Tokens.of("疑撈田螺 老翁倒臥大排水溝送醫急救 台中市清水區一處大排水溝內")));
	}

	private static ArticleFeatures article(String title, String text) {
		return ArticleFeatures.of(1, null, Published.statedDay(APRIL_2, "ArticleFeaturesTests"), title, null, null,
				List.of(Block.paragraph(text, "zh")), List.of());
	}

}
