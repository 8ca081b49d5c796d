package org.newsarchive.ingest;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.Contributor.Role;
import org.newsarchive.article.Image;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.article.Published.Precision;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fact that seeds/EXPECTED.md records per seed file. */
class SeedParsingTests {

	private final Parsers parsers = new Parsers();

	private ParsedArticle parse(String seed) {
		return this.parsers.parse(new TextDecoder().decode(Seeds.bytes(seed)).text()).entries().get(0).article();
	}

	@Test
	void bbcMarkdown() {
		ParsedArticle article = parse(Seeds.BBC);
		assertThat(article.parser()).isEqualTo("bbc-markdown");
		assertThat(article.sourceSlug()).isEqualTo("bbc-chinese");
		assertThat(article.title()).isEqualTo("北约“东进”设立东京联络处 乌克兰战争催生亚洲“小北约”？");
		assertThat(article.otherTitle()).isNull();
		assertThat(article.section()).isEqualTo("World");
		assertThat(article.url()).isNull();
		assertThat(article.contributors()).containsExactly(new Contributor("吕嘉鸿", Role.AUTHOR));
		assertThat(article.published()).isEqualTo(new Published("2023", Precision.YEAR, true,
				"the latest dated event in the image captions (\"February 1, 2023\"), which the text speaks of as this year (今年)"));
		assertThat(article.capturedAt()).isNull();
		assertThat(article.languages()).containsExactly("zh-Hans");
		assertThat(article.lede()).startsWith("作为全球最大的跨国军事联盟").endsWith("但同时澄清日本现在无意申请加入北约。");
		assertThat(headings(article)).containsExactly("北约东京联络处怎么产生的", "北京的反应");
		assertThat(paragraphs(article).getFirst()).startsWith("中国外交部立即抨击北约此举将破坏区域稳定");
		assertThat(paragraphs(article).getLast()).startsWith("不过，东京基督教国际大学奈吉教授");
		assertThat(article.images()).hasSize(6);
		assertThat(article.images()).extracting(Image::credit)
			.containsExactly("Getty Images", "Getty Images", "Takashi Aoyama / Pool /Anadolu Agency via Getty",
					"Reuters", null, "EPA");
		assertThat(article.images()).extracting(Image::src)
			.containsExactly("_129951650_gettyimages-1246706109.jpg", "_129951651_gettyimages-1239465748.jpg",
					"_129951653_23abc6fb-7cc8-4ce9-befc-4cb5f7500bfc.jpg", "_128132992_hi080101873.jpg",
					"_129951219_south_china_sea_island_chain_map640_chinese-2x-nc.png",
					"_116746325_1ee99a67-a338-4c32-9fd4-520a7a3b3b72.jpg");
		assertThat(article.images().get(0).alt()).isEqualTo(
				"NATO Secretary General Jens Stoltenberg gives a speech during a visit to Keio University in Tokyo on February 1, 2023.");
		assertThat(article.images().get(1).alt()).startsWith("German Chancellor Olaf Scholz (3R) greets")
			.contains("Joe Biden", "Ursula von der Leyen", "Justin Trudeau (R)");
		assertThat(article.images().get(4).alt()).isEqualTo("第一岛链和第二岛链图示。");
		assertThat(article.images()).allSatisfy((image) -> assertThat(image.caption()).isNotBlank());
		assertThat(article.images().get(0).caption()).startsWith("北约秘书长斯托尔滕贝格2023年初访日");
		assertThat(article.images().get(4).caption()).startsWith("北约在亚太并没有实质军事存在");
		assertThat(article.body()).filteredOn((block) -> block.kind() == Block.Kind.IMAGE)
			.extracting(Block::image)
			.containsExactly(0, 1, 2, 3, 4, 5);
		assertThat(allText(article)).contains("毛宁", "斯托尔滕贝格（Jens Stoltenberg）", "奈吉（Stephen Nagy）", "陈宥桦", "林芳正", "苏紫云",
				"孙兴杰", "安倍晋三", "习近平");
		assertThat(article.damagedSpots()).isZero();
	}

	@Test
	void rfiColumnArticle() {
		ParsedArticle article = parse(Seeds.RFI_COLUMN);
		assertThat(article.parser()).isEqualTo("rfi-html");
		assertThat(article.sourceSlug()).isEqualTo("rfi-chinese");
		assertThat(article.title()).isEqualTo("北约秘书长访日：在更危险的世界里，日本可指望北约与你们站在一起");
		assertThat(article.section()).isEqualTo("印太纵览");
		assertThat(article.url()).isEqualTo("https://www.rfi.fr/cn/专栏检索/印太纵览/20230218-北约秘书长访日-在更危险的世界里，日本可指望北约与你们站在一起");
		assertThat(article.published().value()).isEqualTo("2023-02-18T08:04+01:00");
		assertThat(article.published().precision()).isEqualTo(Precision.MINUTE);
		assertThat(article.published().inferred()).isFalse();
		assertThat(article.capturedAt()).isEqualTo(Instant.parse("2023-02-18T07:15:05Z"));
		assertThat(article.contributors()).containsExactly(new Contributor("弗林", Role.AUTHOR));
		assertThat(article.languages()).containsExactly("zh-Hans");
		assertThat(article.lede()).startsWith("自去年6月日韩领导人首次受邀参加北约峰会后").endsWith("访日之旅。");
		assertThat(paragraphs(article)).hasSize(35);
		assertThat(paragraphs(article).getFirst()).startsWith("据共同社报导，岸田文雄1月31日");
		assertThat(paragraphs(article).getLast()).startsWith("斯托尔滕贝格说：“而且，通过让政治领导人");
		assertThat(article.images()).containsExactly(new Image(
				"https://s.rfi.fr/media/display/c4f5589c-a174-11ed-8ee1-005056bf30b7/w:1280/p:16x9/2023-01-31T100909Z_95232314_RC2L1Z9267OO_RTRMADP_3_NATO-STOLTENBERG-JAPAN-KISHIDA.JPG",
				null, null, null, null));
		assertThat(allText(article)).contains("普京", "细谷雄一", "森聡", "鹤冈路人", "习主席").doesNotContain("作者");
		assertThat(article.damagedSpots()).isZero();
	}

	@Test
	void rfiNewsArticleWithNestedSpans() {
		ParsedArticle article = parse(Seeds.RFI_NEWS);
		assertThat(article.title()).isEqualTo("北约将提升与亚太伙伴四国关系，探索在网络安全等问题合作");
		assertThat(article.url()).isEqualTo("https://www.rfi.fr/cn/国际/20230613-北约将提升与亚太伙伴四国关系，探索在网络安全等问题的合作");
		assertThat(article.section()).isEqualTo("国际");
		assertThat(article.published()).isEqualTo(new Published("2023-06-13T16:18+02:00", Precision.MINUTE, false,
				"stated on the page as 13/06/2023 - 16:18, Paris time"));
		assertThat(article.capturedAt()).isEqualTo(Instant.parse("2023-06-13T15:15:04Z"));
		assertThat(article.contributors()).isEmpty();
		assertThat(article.lede()).startsWith("据《日经亚洲》周二报导").endsWith("准备双边合作文件。");
		assertThat(paragraphs(article)).hasSize(13);
		assertThat(paragraphs(article).getFirst()).startsWith("上述四国被统称为北约亚太伙伴（AP4），目前是北约9个“全球伙伴”成员");
		assertThat(paragraphs(article).getLast()).startsWith("就北约东京联络处的设想，塞顿说");
		assertThat(paragraphs(article)).anySatisfy((text) -> assertThat(text).contains("将拟议中的东京联络处定性为"));
		assertThat(article.images()).extracting(Image::src)
			.containsExactly(
					"https://s.rfi.fr/media/display/d870d810-09f2-11ee-8d5d-005056bf30b7/w:1280/p:16x9/Capture-1655.JPG");
		assertThat(article.images().getFirst().caption()).isNull();
		assertThat(allText(article)).contains("富田浩司", "马克龙", "尹锡悦", "阿尔巴尼斯（Anthony Albanese）", "希普金斯（Chris Hipkins）",
				"迪埃拉（Francesco Diella）", "塞顿（Philippe Setton）");
	}

	@Test
	void guanchaDamagedTraditionalText() {
		ParsedArticle article = parse(Seeds.GUANCHA);
		assertThat(article.parser()).isEqualTo("guancha-text");
		assertThat(article.sourceSlug()).isEqualTo("guancha");
		assertThat(article.title()).isEqualTo("針對中俄?日媒曝北約擬在東京設立亞洲首個聯絡處");
		assertThat(article.contributors()).containsExactly(
				new Contributor("楊蓉", Role.AUTHOR, null, "yangrong@guancha.cn"), new Contributor("楊蓉", Role.EDITOR));
		assertThat(article.published()).isEqualTo(new Published("2023-05-03", Precision.DAY, true,
				"the lead sentence cites day 3日 and the page's news list starts at 2023-05-03 16:37"));
		assertThat(article.languages()).containsExactly("zh-Hant");
		assertThat(paragraphs(article).getFirst()).startsWith("(觀察者網訊)據《日經亞洲》3日??道,北約與日本擬提升合作關系");
		assertThat(paragraphs(article).getLast()).startsWith("毛寧表示,中國始終是世界和地區和平穩定的維護者").endsWith("損害地區和平穩定的事。");
		assertThat(article.images()).containsExactly(new Image(null, null, "《日經亞洲》報道截圖", null, null),
				new Image(null, null, "當?貢r間1月31日,斯托爾滕貝格(左)與岸田文雄在東京會面。", null, "日本外務省"));
		assertThat(allText(article))
			.contains("設立", "(ITPP)", "(AP4)", "(IPCP)", "(駐日)", "彼得·塔克索-延森", "鶴岡路人", "林芳正", "毛寧")
			.doesNotContainPattern("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)");
		assertThat(article.damagedSpots()).isEqualTo(9);
		assertThat(article.warnings())
			.containsExactly("9 places in the text are damaged (lost bytes shown as ?) and cannot be restored");
	}

	@Test
	void chinaMilitaryOnlineBilingualPairs() {
		ParsedArticle article = parse(Seeds.CHINAMIL);
		assertThat(article.parser()).isEqualTo("chinamil-text");
		assertThat(article.sourceSlug()).isEqualTo("china-military-online");
		assertThat(article.title()).isEqualTo("NATO to open liaison office in Tokyo");
		assertThat(article.otherTitle()).isEqualTo("北约将在日本设立联络机构");
		assertThat(article.languages()).containsExactly("en", "zh-Hans");
		assertThat(article.contributors()).containsExactly(new Contributor("Wen Weiru", Role.AUTHOR, "文威入", null),
				new Contributor("Li Jiayao", Role.EDITOR));
		assertThat(article.published()).isEqualTo(new Published("2023-05-12T18:07:23+08:00", Precision.SECOND, false,
				"stated on the page as 2023-05-12 18:07:23, Beijing time"));
		assertThat(article.images()).containsExactly(new Image(null, null,
				"Japanese Prime Minister Fumio Kishida meets with NATO Secretary General Jens Stoltenberg in Tokyo on January 31, 2023.",
				"1月31日,日本首相岸田文雄在东京会见北约秘书长斯托尔滕贝格。", "Reuters"));
		List<Block> paragraphs = article.body()
			.stream()
			.filter((block) -> block.kind() == Block.Kind.PARAGRAPH)
			.toList();
		// EXPECTED.md says 9 pairs; the file has 8 from "According to…" to "NATO's
		// persistent efforts…". The ninth pair it counts is the photo caption, kept as
		// the image's caption and its translation.
		assertThat(paragraphs).hasSize(16);
		assertThat(paragraphs).extracting(Block::pair).containsExactly(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7);
		assertThat(paragraphs).extracting(Block::language).containsOnly("en", "zh-Hans");
		for (int i = 0; i < paragraphs.size(); i += 2) {
			assertThat(paragraphs.get(i).language()).isEqualTo("en");
			assertThat(paragraphs.get(i + 1).language()).isEqualTo("zh-Hans");
		}
		assertThat(paragraphs.get(0).text()).startsWith("According to Japanese media reports");
		assertThat(paragraphs.get(1).text()).startsWith("据日本媒体报道");
		assertThat(paragraphs.get(14).text()).startsWith("NATO's persistent efforts");
		assertThat(paragraphs.get(15).text()).startsWith("北约不断突破传统防区和领域");
		assertThat(article.warnings()).isEmpty();
		assertThat(article.damagedSpots()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { Seeds.BBC, Seeds.RFI_COLUMN, Seeds.GUANCHA, Seeds.CHINAMIL, Seeds.RFI_NEWS })
	void pageChromeIsNeverArticleText(String seed) {
		ParsedArticle article = parse(seed);
		assertThat(allText(article))
			.doesNotContain("特朗普", "MAGA", "哈馬斯", "澤連斯基", "白金漢宮", "Related News", "本文系觀察者網", "責任編輯", "相關推薦", "最新聞",
					"**", "<", "data-selfpromo", "whatsapp")
			.doesNotContainPattern("(?m)^back$");
		assertThat(article.lede()).satisfiesAnyOf((lede) -> assertThat(lede).isNull(),
				(lede) -> assertThat(lede).doesNotContain("**").isEqualTo(lede.strip()));
	}

	@Test
	void everySeedNamesStoltenbergAndKishida() {
		for (String seed : List.of(Seeds.BBC, Seeds.RFI_COLUMN, Seeds.GUANCHA, Seeds.CHINAMIL, Seeds.RFI_NEWS)) {
			assertThat(allText(parse(seed))).containsAnyOf("斯托尔滕贝格", "斯托爾滕貝格", "Stoltenberg")
				.containsAnyOf("岸田", "Kishida");
		}
	}

	static List<String> paragraphs(ParsedArticle article) {
		return article.body()
			.stream()
			.filter((block) -> block.kind() == Block.Kind.PARAGRAPH)
			.map(Block::text)
			.toList();
	}

	private static List<String> headings(ParsedArticle article) {
		return article.body().stream().filter((block) -> block.kind() == Block.Kind.HEADING).map(Block::text).toList();
	}

	/** Every stored text field, one per line, so that chrome or markup anywhere shows. */
	static String allText(ParsedArticle article) {
		Stream<String> fields = Stream.of(article.title(), article.otherTitle(), article.section(), article.lede());
		Stream<String> people = article.contributors().stream().flatMap((c) -> Stream.of(c.name(), c.otherName()));
		Stream<String> images = article.images()
			.stream()
			.flatMap((i) -> Stream.of(i.src(), i.alt(), i.caption(), i.captionTranslation(), i.credit()));
		Stream<String> blocks = article.body().stream().map(Block::text);
		return Stream.of(fields, people, images, blocks)
			.flatMap((s) -> s)
			.filter((text) -> text != null)
			.reduce("", (a, b) -> a + "\n" + b);
	}

}
