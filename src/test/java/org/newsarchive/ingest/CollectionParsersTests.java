package org.newsarchive.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.source.ObservedSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The collection formats, read from real files of the corpus. */
class CollectionParsersTests {

	private final Parsers parsers = new Parsers();

	@Test
	void aChinanewsXmlFileIsOneArticleOfItsSite() {
		String text = CollectionFiles.text("chinanews-1.xml");
		assertThat(this.parsers.recognise(text).name()).isEqualTo("doc-xml");
		ReadFile read = this.parsers.parse(text);
		assertThat(read.notes()).isEmpty();
		assertThat(read.entries()).hasSize(1);
		ReadEntry only = read.entries().get(0);
		assertThat(only.entry()).isNull();
		assertThat(only.source())
			.isEqualTo(new ObservedSource("chinanews-com", "chinanews.com", "http://www.chinanews.com/", "zh-Hans"));
		ParsedArticle article = only.article();
		assertThat(article.sourceSlug()).isEqualTo("chinanews-com");
		assertThat(article.title()).isEqualTo("受新冠肺炎疫情影响 迪拜世博会拟推迟一年举行");
		assertThat(article.url()).isEqualTo("http://www.chinanews.com/gj/2020/03-30/9142537.shtml");
		assertThat(article.published()).isEqualTo(new Published("2020-03-30T23:37:00", Published.Precision.SECOND,
				false, "the <datetime> of the file, which states no time zone"));
		assertThat(article.published().offsetStated()).isFalse();
		assertThat(article.contributors()).containsExactly(new Contributor("郭炘蔚", Contributor.Role.EDITOR, null, null));
		assertThat(article.languages()).containsExactly("zh-Hans");
		assertThat(article.body()).hasSize(5);
		assertThat(article.body().get(0))
			.isEqualTo(Block.paragraph("中新网3月30日电据外媒报道，迪拜世博会指导委员会发布声明称，由于新冠肺炎疫情在全球蔓延，2020年迪拜世博会将考虑推迟一年举行。", "zh-Hans"));
		assertThat(article.body()).extracting(Block::text).noneMatch((text1) -> text1.contains("编辑"));
		assertThat(article.parser()).isEqualTo("doc-xml");
	}

	@Test
	void otherXmlIsRejectedWithItsRootElementNamed() {
		String newsMl = "<?xml version=\"1.0\"?>\n<NewsML Version=\"1.2\"><NewsItem/></NewsML>\n";
		assertThat(this.parsers.recognise(newsMl).name()).isEqualTo("doc-xml");
		assertThatThrownBy(() -> this.parsers.parse(newsMl)).isInstanceOf(UnreadableFileException.class)
			.hasMessage("an XML file whose root element is <NewsML>: the archive reads one-article XML of the form "
					+ "<doc><url/><title/><datetime/><body/></doc>, not this vocabulary");
	}

	@Test
	void aDigestIsOneArticlePerItemOfTheProgrammesDayAndItsSummaryIsNone() {
		String text = CollectionFiles.text("xinwenlianbo-20221121.md");
		assertThat(this.parsers.recognise(text).name()).isEqualTo("digest-markdown");
		List<ReadEntry> entries = this.parsers.parse(text).entries();
		assertThat(entries).extracting(ReadEntry::entry).containsExactly("1", "2", "3", "4");
		assertThat(entries).extracting((e) -> (e.article() != null) ? e.article().title() : null)
			.containsExactly("习近平同牙买加总督就中牙建交50周年互致贺电 李克强同牙买加总理互致贺电", null, "习近平致电祝贺托卡耶夫当选哈萨克斯坦总统",
					"应习近平邀请 古共中央第一书记 古巴国家主席将访华");
		assertThat(entries.get(1).error())
			.isEqualTo("item 2 holds only \"undefined\" as its title and text: its page was not captured");
		ParsedArticle cuba = entries.get(3).article();
		assertThat(cuba.url()).isEqualTo("https://tv.cctv.com/2022/11/21/VIDE7xjobNZVg5AaxjGC1w1U221121.shtml");
		assertThat(cuba.published()).isEqualTo(new Published("2022-11-21", Published.Precision.DAY, true,
				"the day of the programme in the digest's heading"));
		assertThat(cuba.body()).containsExactly(Block.paragraph(
				"央视网消息（新闻联播）：应中共中央总书记、国家主席习近平邀请，古共中央第一书记、古巴共和国国家主席米格尔·迪亚斯-卡内尔·贝穆德斯将于11月24日至26日对中国进行国事访问。", "zh-Hans"));
		assertThat(entries.get(0).article().body()).hasSize(6);
		assertThat(entries.get(3).source())
			.isEqualTo(new ObservedSource("xinwenlianbo", "新闻联播", "https://tv.cctv.com/", "zh-Hans"));
		assertThat(cuba.sourceSlug()).isEqualTo("xinwenlianbo");
		assertThat(cuba.parser()).isEqualTo("digest-markdown");
	}

	@Test
	void aDumpWithAnArrayLeftOpenIsReadWholeAndItsBreaksNoted() {
		String text = CollectionFiles.text("taiwan-ettoday.json");
		assertThat(this.parsers.recognise(text).name()).isEqualTo("json-dump");
		ReadFile read = this.parsers.parse(text);
		assertThat(read.entries()).hasSize(39).allMatch((entry) -> entry.article() != null);
		assertThat(read.entries().get(38).entry()).isEqualTo("38");
		assertThat(read.notes()).containsExactly("read from the fields title, content, url, website, date, category",
				"an array or object left open at line 26, where another begins; reading went on there",
				"the file ends before its array is closed; every item in it was whole");
		assertThat(read.entries().get(25).article().title()).isEqualTo("貪吃邊境搶食羊耳朵！ 超猙獰表情根本「進擊的巨人」");
		ParsedArticle star = read.entries().get(13).article();
		assertThat(star.url()).isEqualTo("http://star.ettoday.net/news/959352");
		assertThat(star.sourceSlug()).isEqualTo("ettoday-net");
		assertThat(star.section()).isEqualTo("影劇");
		assertThat(star.published())
			.isEqualTo(new Published("2017-07-04", Published.Precision.DAY, false, "the \"date\" field"));
		assertThat(star.languages()).containsExactly("zh-Hant");
		assertThat(read.entries().get(13).source().name()).isEqualTo("東森新聞雲");
	}

	@Test
	void arraysBackToBackAreOneStreamOfItems() {
		List<ReadEntry> entries = this.parsers.parse(CollectionFiles.text("taiwan-cts-excerpt.json")).entries();
		assertThat(entries).extracting(ReadEntry::entry).containsExactly("0", "1", "2", "3");
		assertThat(entries).extracting((e) -> e.article().title())
			.containsExactly("Youtube點閱破30億! PSY《江南Style》MV創亞洲紀錄", "【影】可愛! 母表演瑜珈倒立 寶寶狂在鏡頭前亮相",
					"泰軍校生疑遭虐死\"器官消失\" 家屬促調查真相", "政大桂綸鎂 被爆劈腿和男友同發文:彼此信任");
		assertThat(entries.get(2).source())
			.isEqualTo(new ObservedSource("cts-com-tw", "華視", "http://news.cts.com.tw/", "zh-Hant"));
		assertThat(entries.get(2).article().published())
			.isEqualTo(new Published("2017-11-26", Published.Precision.DAY, false, "the \"date\" field"));
	}

	@Test
	void jsonLinesKeepATimeWithoutAZoneWithoutAnOffset() {
		List<ReadEntry> entries = this.parsers.parse(CollectionFiles.text("taiwan-udn.jsonl")).entries();
		assertThat(entries).hasSize(2);
		ParsedArticle first = entries.get(0).article();
		assertThat(first.title()).isEqualTo("生人請迴避！ 彰縣伸港今晚替泰勞「送肉粽」");
		assertThat(first.published()).isEqualTo(new Published("2017-06-28T15:25", Published.Precision.MINUTE, false,
				"the \"date\" field, which states no time zone"));
		assertThat(first.published().display()).isEqualTo("2017-06-28 15:25");
		assertThat(first.sourceSlug()).isEqualTo("udn-com");
		assertThat(first.section()).isEqualTo("地方");
		assertThat(first.body().get(0).text()).startsWith("彰化縣溫姓泰籍勞工疑因感情問題，今年5月24日凌晨在廠區上吊輕生");
	}

	@Test
	void aDumpCutShortInsideAnItemKeepsTheWholeOnesAndRejectsTheRest() {
		String text = CollectionFiles.text("taiwan-cts-excerpt.json");
		String cut = text.substring(0, text.indexOf("泰國一名18歲的軍校學生"));
		ReadFile read = this.parsers.parse(cut);
		assertThat(read.entries()).extracting(ReadEntry::entry).containsExactly("0", "1", "2");
		assertThat(read.entries().get(1).article().title()).isEqualTo("【影】可愛! 母表演瑜珈倒立 寶寶狂在鏡頭前亮相");
		assertThat(read.entries().get(2).article()).isNull();
		assertThat(read.entries().get(2).error())
			.isEqualTo("the file is cut short inside item 2 (line 5): the 2 whole items before it were read");
	}

	@Test
	void anItemThatIsNotValidJsonIsRejectedAndReadingGoesOnAtTheNextObject() {
		ReadFile read = this.parsers.parse(CollectionFiles.text("taiwan-liberty-excerpt.json"));
		assertThat(read.entries()).extracting(ReadEntry::entry).containsExactly("0", "1", "2");
		assertThat(read.entries().get(0).article().title()).isEqualTo("〈南部〉為蘭嶼童募運動鞋 護理師有愛");
		assertThat(read.entries().get(1).error())
			.isEqualTo("item 1 is not valid JSON (line 10, column 32); reading went on at the next object");
		assertThat(read.entries().get(2).article().title()).isEqualTo("〈南部〉台鐵屏東站 將引進膠囊旅館");
		assertThat(read.entries().get(2).source())
			.isEqualTo(new ObservedSource("ltn-com-tw", "自由時報", "http://news.ltn.com.tw/", "zh-Hant"));
		assertThat(read.notes()).containsExactly("read from the fields title, content, url, website, date, category");
	}

	@Test
	void textThatOnlyStartsLikeJsonIsRejectedWhole() {
		assertThatThrownBy(() -> this.parsers.parse("[Read more](https://example.com) about it\n"))
			.isInstanceOf(UnreadableFileException.class)
			.hasMessage("the text starts like JSON but is not JSON (line 1, column 2)");
		ReadFile broken = this.parsers
			.parse("{\"title\": \"A\", \"url\": \"https://a.example.com/1\"}\n{\"title\": oops}\n");
		assertThat(broken.entries()).extracting(ReadEntry::entry).containsExactly("0", "1");
		assertThat(broken.entries().get(1).error())
			.isEqualTo("item 1 is not valid JSON (line 2, column 11); reading went on at the next object");
	}

	@Test
	void commonFieldNamesOfOtherDumpsAreMapped() {
		String dump = """
				{"headline": "Budget passes", "articleBody": "First.\\n\\nSecond.", "datePublished": "2024-03-01T09:30:00+01:00",
				 "link": "https://www.example.com/budget", "publisher": {"name": "Example News"}, "byline": ["Ann Lee", "Bo Chen"],
				 "section": "Politics"}
				{"title": "No outlet", "text": "Body."}
				""";
		ReadFile read = this.parsers.parse(dump);
		ParsedArticle budget = read.entries().get(0).article();
		assertThat(budget.title()).isEqualTo("Budget passes");
		assertThat(budget.body()).extracting(Block::text).containsExactly("First.", "Second.");
		assertThat(budget.published()).isEqualTo(new Published("2024-03-01T09:30:00+01:00", Published.Precision.SECOND,
				false, "the \"datePublished\" field"));
		assertThat(budget.contributors()).extracting(Contributor::name).containsExactly("Ann Lee", "Bo Chen");
		assertThat(budget.section()).isEqualTo("Politics");
		assertThat(budget.languages()).containsExactly("und");
		assertThat(read.entries().get(0).source())
			.isEqualTo(new ObservedSource("example-com", "Example News", "https://www.example.com/", "und"));
		assertThat(read.entries().get(1).error()).isEqualTo(
				"item 1 names no outlet: it has no address with a host (url, link) and no site (website, source, publisher)");
		assertThat(read.notes()).containsExactly(
				"read from the fields headline, articleBody, link, publisher, datePublished, byline, section");
	}

}
