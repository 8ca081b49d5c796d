package org.newsarchive.story;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.Block;
import org.newsarchive.article.Published;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes two articles one story beyond how alike their words are: reports written
 * from one template share most of their words but none of the rare words of their titles,
 * or report on other days or other places.
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

	@Test
	void oneRegionsReportsOfTwoDaysNamingNoDayInCommonAreTwoStories() {
		ArticleFeatures friday = article(8, "2020-04-03", "广西保持“零新增” 开展疫情防控演练",
				"广西壮族自治区卫生健康委员会3日通报，4月2日0至24时，广西无新增确诊、疑似病例，无新增死亡病例。");
		ArticleFeatures saturday = article(9, "2020-04-04", "广西保持“零新增” 现有无症状感染者3例",
				"广西壮族自治区卫生健康委员会4日通报，4月3日0至24时，广西无新增确诊、疑似病例，无新增死亡病例。");
		StoryMatcher matcher = StoryPool.Window.of(List.of(friday, saturday)).matcher();
		StoryMatcher.Match match = matcher.match(friday, saturday);
		assertThat(match.similarity()).isGreaterThan(0.5);
		assertThat(match.sameStory()).isFalse();
	}

	@Test
	void aFollowUpNamingTheDayOfTheEventStaysInItsStory() {
		ArticleFeatures leak = article(10, "2020-03-30", "黑龙江鹿鸣矿业尾矿砂泄漏 两年前已存安全隐患",
				"3月28日，伊春鹿鸣矿业有限公司尾矿库出现泄水现象，2018年7月19日督查组曾指出尾矿库存在安全隐患。");
		ArticleFeatures measured = article(11, "2020-04-03", "鹿鸣矿业尾矿砂泄漏事故水环境监测：5个断面数据超标",
				"根据《伊春“3·28”鹿鸣矿业尾矿砂泄漏事故环境应急监测方案》，4月1日14时，13个监测断面中有5个断面超标。");
		StoryMatcher matcher = StoryPool.Window.of(List.of(leak, measured)).matcher();
		assertThat(matcher.match(leak, measured).sameStory()).isTrue();
	}

	@Test
	void twoProvincesCountsSharingARareTitleWordAreTwoStories() {
		ArticleFeatures zhejiang = article(12, "2020-04-02", "浙江新增1例境外输入确诊病例 英国输入",
				"浙江省卫健委通报，4月1日0-24时，新增境外输入新冠肺炎确诊病例1例(英国输入)，累计报告境外输入确诊病例40例。");
		ArticleFeatures guangdong = article(13, "2020-04-02", "广東新增6例境外輸入確診病例 英國輸入2例",
				"廣東省衛健委通報，4月1日0-24時，廣東新增境外輸入確診病例6例(英國輸入2例)，累計報告境外輸入病例154例。");
		StoryMatcher matcher = StoryPool.Window.of(List.of(zhejiang, guangdong)).matcher();
		StoryMatcher.Match match = matcher.match(zhejiang, guangdong);
		assertThat(match.similarity()).isGreaterThan(0.3);
		assertThat(match.sameStory()).isFalse();
	}

	@Test
	void aDesksStandingReportWordIsNotARareTitleWord() {
		ArticleFeatures morning = article(14, "2020-04-02", "台股盤中大跌百點 電子股重挫", "台股今天開低走低，盤中大跌百點，電子股重挫，外資賣超。");
		ArticleFeatures closing = article(15, "2020-04-02", "台股收盤小漲 航運股領漲", "台股今天收盤小漲，航運股領漲，外資買超。");
		StoryMatcher matcher = StoryPool.Window.of(List.of(morning, closing)).matcher();
		StoryMatcher.Match match = matcher.match(morning, closing);
		assertThat(match.similarity()).isGreaterThan(0.08);
		assertThat(match.sameStory()).isFalse();
	}

	@Test
	void aWeakCosineTakesTwoMoreRareTitleWordsInCommon() {
		ArticleFeatures weight = article(16, "2017-06-29", "糖尿病患者减重控糖关键在天天",
				"台湾十大死因中糖尿病高居第五名，这种慢性病无法根治，一旦罹患终其一生都得控制血糖，否则将恶化成威胁生命的杀手。"
						+ "万芳医院卫教师指出，七成患者有过重及肥胖问题，体重管理尤其重要，近年已有可以帮助减重的肠泌素，" + "搭配运动与均衡饮食效果更好，营养师也建议少吃精致淀粉。");
		ArticleFeatures eyes = article(17, "2017-06-29", "糖尿病友不怕眼病变 APP帮你测视力",
				"全台近两百万名病友当心，眼科医师表示，黄斑部水肿是糖尿病失明的主因。为此，国内眼科团队今推出护眼网App，"
						+ "每天只要三分钟就能轻松检查视力，医学会理事长翁林仲说明使用方式，并提醒民众定期回诊追踪，发现视线扭曲应尽快就医。");
		StoryMatcher matcher = StoryPool.Window.of(List.of(weight, eyes)).matcher();
		StoryMatcher.Match match = matcher.match(weight, eyes);
		// 糖尿 and 尿病 are the rare words of their titles both use; one subject, two
		// reports.
		assertThat(match.similarity()).isBetween(StoryMatcher.SAME_STORY, StoryMatcher.WEAK_SIMILARITY);
		assertThat(match.sameStory()).isFalse();
	}

	@Test
	void oneOutletsPiecesOfOtherDaysOnOneSubjectAreTwoStories() {
		String privateFirms = "“新基建”，即“新型基础设施建设”，日前成为热门词汇，“新基建”概念股也成为股市投资热点。“新基建”的新主要相对于传统基础设施即“铁公基”，是指发力于科技端的基础设施建设，主要包含5G基建、特高压、城际高速铁路和城际轨道交通、新能源汽车充电桩、大数据中心、人工智能、工业互联网等七大领域，涉及到通信、电力、交通、数字等多个社会民生重点行业。 前不久中央召开会议明确强调，加快5G网络、数据中心等新型基";
		String newEngines = "习近平总书记在浙江考察时指出，要抓住产业数字化、数字产业化赋予的机遇，加快5G网络、数据中心等新型基础设施建设，抓紧布局数字经济、生命健康、新材料等战略性新兴产业、未来产业。“新基建”短期有助于扩大需求、稳增长、稳就业,长期有助于释放中国经济增长潜力，改善民生福利，成为支撑未来中国经济社会繁荣发展的重要基石。 当前，以人工智能、机器人、物联网为标志的第四次工业革命方兴未艾，世界正步入智能化时代。包";
		ArticleFeatures monday = article(18, "chinanews-com", "2020-04-01", "更好发挥民企在“新基建”中的作用", privateFirms);
		ArticleFeatures tuesday = article(19, "chinanews-com", "2020-04-02", "发力“新基建”，启动“新动能”", newEngines);
		ArticleFeatures elsewhere = article(20, "people-com-cn", "2020-04-02", "发力“新基建”，启动“新动能”", newEngines);
		StoryMatcher matcher = StoryPool.Window.of(List.of(monday, tuesday, elsewhere)).matcher();
		StoryMatcher.Match sameOutlet = matcher.match(monday, tuesday);
		assertThat(sameOutlet.similarity()).isLessThan(StoryMatcher.SAME_OUTLET_OTHER_DAY);
		// Two commentaries on 新基建 a day apart in one outlet; the same piece in another
		// outlet is what a story across outlets is made of.
		assertThat(sameOutlet.sameStory()).isFalse();
		assertThat(matcher.match(monday, elsewhere).sameStory()).isTrue();
	}

	@Test
	void oneOutletsFollowUpOfTheNextDaysStaysInItsStory() {
		ArticleFeatures leak = article(21, "chinanews-com", "2020-03-30", "黑龙江鹿鸣矿业尾矿砂泄漏 下游水源地取水暂停",
				"黑龙江省伊春市鹿鸣矿业有限公司尾矿库28日发生尾矿砂泄漏，伊春市已暂停下游水源地取水，环境部门正在监测依吉密河水质。");
		ArticleFeatures measured = article(22, "chinanews-com", "2020-03-31", "鹿鸣矿业尾矿砂泄漏事故：5个监测断面数据超标",
				"黑龙江省生态环境厅公布鹿鸣矿业尾矿砂泄漏事故水环境监测数据，13个监测断面中有5个断面部分数据超标，伊春市正在处置。");
		StoryMatcher matcher = StoryPool.Window.of(List.of(leak, measured)).matcher();
		StoryMatcher.Match match = matcher.match(leak, measured);
		assertThat(match.similarity()).isGreaterThanOrEqualTo(StoryMatcher.SAME_OUTLET_OTHER_DAY);
		assertThat(match.sameStory()).isTrue();
	}

	@Test
	void twoTitlesSharingOnlyAStockPhraseOfCommonWordsAreTwoStories() {
		ArticleFeatures charcoal = article(23, "appledaily-com-tw", "2017-06-29", "【有片】新北女子燒炭尋短 警消送醫急救",
				"新北市泰山區今日清晨6時許，一名年約35歲的女子被發現在貴子路一處民宅燒炭自殺。警消獲報到場，發現女子已無生命跡象，緊急送往署北醫院急救。");
		ArticleFeatures ditch = article(24, "udn-com", "2017-06-28", "疑撈田螺 老翁倒臥大排水溝送醫急救",
				"台中市1名70歲老翁今天上午被發現倒臥清水區一處大排水溝內，警消獲報到場將他救起送醫急救。排水溝旁散落疑似老翁撈田螺的網子與桶子，警消正調查事發原因。");
		StoryMatcher matcher = StoryPool.Window.of(List.of(charcoal, ditch)).matcher();
		StoryMatcher.Match match = matcher.match(charcoal, ditch);
		// 醫急 is rare only because it joins 送醫 and 急救, which every rescue report's
		// title uses; 警消 is the one rare word left, and a day apart asks for two.
		assertThat(match.similarity()).isGreaterThan(StoryMatcher.WEAK_SIMILARITY);
		assertThat(match.sameStory()).isFalse();
	}

	@Test
	void theLotterysNumbersOfTwoDaysAreTwoStories() {
		ArticleFeatures thursday = article(25, "appledaily-com-tw", "2017-06-29", "6月29日台灣彩券開獎號碼",
				"6月29日台灣彩券開獎號碼 第106000052期威力彩：04、07、19、20、25、36特別號為08 第106000154期今彩539：18、21、25、27、31");
		ArticleFeatures wednesday = article(26, "udn-com", "2017-06-28", "今彩539開獎 獎號：13、36、34...",
				"第106153期今彩539開獎，中獎號碼13、36、34、02、37。3星彩中獎號碼713，4星彩中獎號碼5099。實際中獎獎號以台彩公布為準。");
		StoryMatcher matcher = StoryPool.Window.of(List.of(thursday, wednesday)).matcher();
		StoryMatcher.Match match = matcher.match(thursday, wednesday);
		// 今彩 and 獎號 name the draw, not the day's numbers.
		assertThat(match.similarity()).isGreaterThan(StoryMatcher.WEAK_SIMILARITY);
		assertThat(match.sameStory()).isFalse();
	}

	@Test
	void reportsSharingTwoFiguresNeedNoRareTitleWordInCommon() {
		ArticleFeatures attack = article(27, "2017-11-25", "周五礼拜惊魂", "北西奈省一座清真寺24日遭到袭击，造成305人死亡、128人受伤，总统宣布全国哀悼三天。");
		ArticleFeatures toll = article(28, "2017-11-25", "伤亡数字公布", "北西奈省清真寺袭击已造成305人死亡，128人受伤，总统宣布全国哀悼三天。");
		ArticleFeatures otherToll = article(29, "2017-11-25", "伤亡数字公布", "北西奈省清真寺袭击已造成235人死亡，109人受伤，总统宣布全国哀悼三天。");
		ArticleFeatures oneFigure = article(30, "2017-11-25", "伤亡数字公布", "北西奈省清真寺袭击已造成305人死亡，109人受伤，总统宣布全国哀悼三天。");
		StoryMatcher matcher = StoryPool.Window.of(List.of(attack, toll, otherToll, oneFigure)).matcher();
		assertThat(matcher.match(attack, toll).sameStory()).isTrue();
		// The same words with other figures, or one figure in common, are not enough.
		assertThat(matcher.match(attack, otherToll).sameStory()).isFalse();
		assertThat(matcher.match(attack, oneFigure).sameStory()).isFalse();
	}

	private static ArticleFeatures article(long id, String day, String title, String text) {
		return article(id, null, day, title, text);
	}

	private static ArticleFeatures article(long id, String outlet, String day, String title, String text) {
		Published published = Published.statedDay(LocalDate.parse(day), "StoryMatcherTests");
		return ArticleFeatures.of(id, outlet, published, title, null, null, List.of(Block.paragraph(text, "zh")),
				List.of());
	}

}
