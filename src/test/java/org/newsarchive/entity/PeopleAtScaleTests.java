package org.newsarchive.entity;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.newsarchive.article.Block;
import org.newsarchive.article.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of error issue 11 found on the corpus, on the corpus sentences that showed
 * it: fragments and phrases taken for people, names glued to the next word, places,
 * organisations, laws and events typed as people, and a name learned from its role.
 */
class PeopleAtScaleTests {

	private final EntityRecognizer recognizer = new EntityRecognizer();

	@Test
	void aFragmentOrAPhraseIsNobody() {
		assertThat(people("哈外交部表示，日前哈中两国元首通话时达成了抗疫共识。", "习近平同出席活动的外国元首一一握手，外国元首纷纷表示祝贺。")).containsExactly("习近平");
		assertThat(people("同时考虑人民群众的公平正义观念，作出妥当判断。", "“智慧法院”保障疫情期间公平正义“不打烊”。")).isEmpty();
		assertThat(people("范瑜表示，下一步要继续做好这项工作。", "会议指明了下一步工作的努力方向。")).doesNotContain("下一步");
		assertThat(people("他多次强调，要坚持稳中求进。", "总书记多次强调，生态环境保护是功在当代的事业。")).isEmpty();
	}

	@Test
	void aNameDoesNotSwallowTheNextWord() {
		assertThat(people("中共中央政治局常委、中央办公厅主任蔡奇陪同考察。")).containsExactly("蔡奇");
		assertThat(people("会议听取了全国人大常委会秘书长刘奇作的关于代表资格审查委员会名单草案的说明。", "受委员长会议委托，全国人大常委会秘书长刘奇作了说明。"))
			.containsExactly("刘奇");
		assertThat(people("以色列外交部长卡茨当天称，以色列也需要在约旦河西岸采取行动。", "以防长卡茨当天证实，以军9日摧毁了叙利亚舰队。")).containsExactly("卡茨");
		assertThat(people("应俄罗斯联邦总统普京邀请，国家主席习近平将对俄罗斯进行国事访问。")).containsExactlyInAnyOrder("普京", "习近平");
	}

	@Test
	void placesOrganisationsLawsAndEventsAreNotPeople() {
		Recognition kursk = recognise("此外，俄罗斯库尔斯克州州长今天称，数架乌克兰无人机在库尔斯克市附近被防空系统击落。");
		assertThat(typeOf(kursk, "库尔斯克")).isEqualTo(EntityType.PLACE);
		Recognition kharkiv = recognise("俄军打击了顿涅茨克、哈尔科夫等地的乌克兰军方人员和军事目标。", "俄称打击乌军多个目标 乌称在哈尔科夫夺回定居点。");
		assertThat(typeOf(kharkiv, "哈尔科夫")).isEqualTo(EntityType.PLACE);
		Recognition ministry = recognise("面对质疑，台当局“卫福部长”陈时中声称，今天“部会”首长都属于特定人。");
		assertThat(typeOf(ministry, "卫福部")).isEqualTo(EntityType.ORGANISATION);
		assertThat(people("世大運團服穿出門 福原愛：老公帥。", "世大運的時候蠻熱的吧，白色、藍色看起來都清爽。")).doesNotContain("世大运");
		assertThat(people("積極奔走，盼將外籍漁工納《勞基法》保障。", "推動將外籍漁工納入《勞基法》保障範圍。")).doesNotContain("劳基法");
	}

	@Test
	void aNameKeptWithARoleBecomesAPersonWithThatRole() {
		Recognition first = recognise("中共中央政治局委员、国务院副总理何立峰11月11日在住房城乡建设系统宣讲。");
		assertThat(people(first)).containsExactly("何立峰");
		assertThat(first.mentions().get(0).roles()).containsExactly("国务院副总理");
		// a name not shaped like a Chinese one needs its role in two articles
		assertThat(people(new EntityRecognizer().recognise(article("希奇莱马出席开幕式并致辞。")))).isEmpty();
		recognise("赞比亚总统希奇莱马会见了代表团。");
		recognise("赞比亚总统希奇莱马发表讲话。");
		assertThat(people(recognise("希奇莱马出席开幕式并致辞。"))).containsExactly("希奇莱马");
	}

	@Test
	void aLearnedNameIsNotSeenInsideALongerWord() {
		recognise("喀麦隆总统比亚会见了来访的代表团。");
		recognise("喀麦隆总统比亚发表讲话。");
		assertThat(people(recognise("比亚出席了仪式。"))).containsExactly("比亚");
		assertThat(people(recognise("哥伦比亚和赞比亚的代表出席会议。"))).isEmpty();
	}

	@Test
	void aBylineNamesItsReporters() {
		assertThat(people("請交通部持續滾動檢討新制實施成效。（陳郁仁／台北報導）")).containsExactly("陈郁仁");
		assertThat(people("吳敦義並沒有回應。記者曾吉松／攝影 分享 facebook")).contains("曾吉松");
		assertThat(people("楊永年／成功大學政治系暨政經研究所教授 林口長庚急診醫師出走")).containsExactly("杨永年");
		assertThat(people("中新网太原3月30日电(胡健杨懿)临近清明，果商盼早日解困。")).containsExactly("胡健", "杨懿");
		assertThat(people("文/公庫記者江欣怡 北市聯醫企業工會總幹事")).containsExactly("江欣怡");
	}

	@Test
	void aFullChineseNameNeedsNoTitle() {
		assertThat(people("在乒乓球混双半决赛中，中国组合王楚钦/孙颖莎以4:2战胜韩国组合闯入决赛。")).containsExactly("王楚钦", "孙颖莎");
		assertThat(people("他知道自己不像蔣智賢是即戰力。")).containsExactly("蒋智贤");
		assertThat(people("史耐德指名，曾陶鎔在隊友受傷期間適時跳出來。")).contains("曾陶镕");
		assertThat(people("本该收下一批苹果的吉县人郭平安，还在为滞销的苹果发愁。")).containsExactly("郭平安");
		assertThat(people("“老雷”名叫雷明光，是一名退休医生。")).containsExactly("雷明光");
		assertThat(people("石泰峰、王东峰等参加会见。")).containsExactly("石泰峰", "王东峰");
		assertThat(people("全市3万多户农户受益，5万多人参加培训。")).isEmpty();
	}

	@Test
	void aTransliteratedNameIsReadWhole() {
		assertThat(people("总台将播出对诺贝尔物理学奖获得者戴维•格罗斯的独家专访。")).containsExactly("戴维•格罗斯");
		assertThat(people("比利时经济部长纳塔莉·穆伊尔最近表示，重新开放学校应该优先。")).containsExactly("纳塔莉·穆伊尔");
		assertThat(people("习近平同古巴国家主席迪亚斯-卡内尔互致贺电。", "古巴国家主席迪亚斯-卡内尔发文表示祝贺。")).containsExactly("习近平", "迪亚斯-卡内尔");
		assertThat(people("叙利亚外长梅克达德递交国书副本。", "梅克达德当天表示，一些西方国家企图切断联系。")).containsExactly("梅克达德");
		assertThat(people("丁薛祥会见土库曼斯坦总统别尔德穆哈梅多夫。")).containsExactly("丁薛祥", "别尔德穆哈梅多夫");
		assertThat(people("卡塔尔首相兼外交大臣穆罕默德在会上表示，以方应停止行动。")).containsExactly("穆罕默德");
	}

	@Test
	void moreRolesNameAPerson() {
		assertThat(people("伊朗最高领袖军事顾问雷扎伊当天表示，美方要求过分。")).containsExactly("雷扎伊");
		assertThat(people("以色列暗杀该组织高级军事指挥官舒库尔，引发报复。")).containsExactly("舒库尔");
		assertThat(people("中央党校分管日常工作的副校长（副院长）谢春涛出席。")).containsExactly("谢春涛");
		assertThat(people("印度尼西亚总统佐科和夫人伊莉亚娜出席开幕式。")).contains("伊莉亚娜");
	}

	@Test
	void stormsAreNotPeople() {
		assertThat(people("近年重大颱風蘇迪勒、尼伯特、莫蘭蒂及馬勒卡侵台，百貨專櫃人員仍須出勤。", "去年莫蘭蒂颱風後調查，高達九成員工出勤。")).isEmpty();
	}

	private List<String> people(String... paragraphs) {
		return people(recognise(paragraphs));
	}

	private static List<String> people(Recognition recognition) {
		return recognition.entities()
			.stream()
			.filter((entity) -> entity.type() == EntityType.PERSON)
			.map(RecognisedEntity::canonicalName)
			.toList();
	}

	private static EntityType typeOf(Recognition recognition, String name) {
		return recognition.entities()
			.stream()
			.filter((entity) -> entity.simplified().contains(name))
			.map(RecognisedEntity::type)
			.findFirst()
			.orElse(null);
	}

	private Recognition recognise(String... paragraphs) {
		return this.recognizer.recognise(article(paragraphs));
	}

	private static ParsedArticle article(String... paragraphs) {
		List<Block> body = Stream.of(paragraphs).map((text) -> Block.paragraph(text, "zh-Hans")).toList();
		return new ParsedArticle("corpus", "", null, null, null, List.of(), null, null, List.of("zh-Hans"), null, body,
				List.of(), 0, List.of(), "test");
	}

}
