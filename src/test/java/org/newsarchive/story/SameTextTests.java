package org.newsarchive.story;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.article.ArticleSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A traditional copy and a simplified copy of one article, with different markup and line
 * breaks, are one text; two outlets' own reports of one event, one in each script, are
 * one story but not one text. An archive of its own, since it adds articles.
 */
@ArchiveTest
@TestPropertySource(properties = "archive.test.archive=story-same-text")
class SameTextTests {

	static final String TRADITIONAL = """
			北約秘書長斯托爾滕貝格週二在布魯塞爾表示，北約計劃在東京設立聯絡處，這將是該組織在亞洲的第一個聯絡處。
			他說，聯絡處將便於北約與日本、韓國、澳大利亞和新西蘭等夥伴國家進行磋商。
			日本外務省官員對此表示歡迎，並稱雙方將在網絡安全和海上安全等領域加強合作。""";

	@Autowired
	Stories stories;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aTraditionalCopyAndASimplifiedCopyAreOneText() throws Exception {
		String simplified = Transliterator.getInstance("Traditional-Simplified").transliterate(TRADITIONAL);
		upload("hk.xml", doc("https://news.example.hk/world/1.html", "北約擬在東京設聯絡處", TRADITIONAL));
		upload("cn.xml",
				doc("https://news.example.cn/gj/2.shtml", "北约拟在东京设联络处", simplified.replace("\n", "<br/>\n  ")));
		long traditional = article("https://news.example.hk/world/1.html");
		long copy = article("https://news.example.cn/gj/2.shtml");
		assertThat(this.stories.sameTextElsewhere(copy)).extracting(ArticleSummary::id).containsExactly(traditional);
		assertThat(this.stories.sameTextElsewhere(traditional)).extracting(ArticleSummary::id).containsExactly(copy);
		// Both report the seeds' event (NATO's Tokyo office, May 2023), so they join that
		// story; the copy is folded under the first appearance of its text.
		StoryDetail story = this.stories.story(this.stories.storyOf(copy).orElseThrow().id());
		assertThat(story.timeline()).extracting((a) -> a.article().id()).contains(traditional).doesNotContain(copy);
		StoryArticle first = story.timeline()
			.stream()
			.filter((a) -> a.article().id() == traditional)
			.findFirst()
			.orElseThrow();
		assertThat(first.sameText()).extracting((a) -> a.article().id()).containsExactly(copy);
		StoryReason reason = first.sameText().get(0).reason();
		assertThat(reason.kind()).isEqualTo(StoryReason.Kind.NEAR_DUPLICATE);
		assertThat(reason.duplicateOf()).isEqualTo(traditional);
		assertThat(reason.similarity()).isEqualTo(1.0);
	}

	/**
	 * Written for this test, as the labelled set has no such pair (its traditional and
	 * its simplified collections are years apart): a Taiwanese outlet's report in
	 * traditional script and a mainland outlet's own in simplified, of one explosion on
	 * one day, share the event's words but not their sentences. An article of another
	 * event that day, in simplified script, joins neither.
	 */
	@Test
	void twoOutletsReportsOfOneEventInTheTwoScriptsAreOneStoryNotOneText() throws Exception {
		upload("tw-ningbo.xml", doc("https://news.example.tw/world/ningbo.html", "寧波江北區驚傳爆炸 已釀2死數十傷", """
				浙江寧波市江北區今天上午九時許發生劇烈爆炸，現場一處待拆遷的廢棄民房被夷為平地，附近多棟建築門窗震碎。
				當地消防與公安人員趕抵搶救，官方初步證實已造成2人死亡、數十人受傷，傷者已送往醫院救治。
				目擊民眾表示，爆炸時遠處就能看見蘑菇雲升起，附近街道滿地碎玻璃，爆炸原因仍在調查中。""", "2017-11-26 11:00:00"));
		upload("cn-ningbo.xml", doc("https://news.example.cn/sh/ningbo.shtml", "宁波江北区发生爆炸事故 已致2人死亡", """
				11月26日8时50分许，宁波市江北区湾头附近一处拆迁区域发生爆炸，爆点周边部分房屋倒塌。
				据宁波市政府新闻办通报，事故已致2人死亡，另有多名伤员被送往医院，其中数人伤势较重。
				事发后，宁波市立即启动应急预案，公安、消防、卫生等部门赶赴现场开展救援，事故原因正在调查。""", "2017-11-26 15:00:00"));
		upload("cn-metro.xml", doc("https://news.example.cn/sh/metro.shtml", "杭州地铁新线首通段开通运营", """
				11月26日上午，杭州地铁一条新线路的首通段正式开通运营，沿线市民当天即可乘车出行。
				首通段全长约二十公里，设车站十余座，与既有线路在两座车站实现换乘。
				杭州地铁运营方表示，开通初期将根据客流情况调整行车间隔。""", "2017-11-26 12:00:00"));
		long traditional = article("https://news.example.tw/world/ningbo.html");
		long simplified = article("https://news.example.cn/sh/ningbo.shtml");
		long other = article("https://news.example.cn/sh/metro.shtml");
		assertThat(this.stories.sameTextElsewhere(traditional)).isEmpty();
		assertThat(this.stories.sameTextElsewhere(simplified)).isEmpty();
		assertThat(this.stories.sameStoryElsewhere(traditional)).extracting(ArticleSummary::id)
			.containsExactly(simplified);
		assertThat(this.stories.sameStoryElsewhere(simplified)).extracting(ArticleSummary::id)
			.containsExactly(traditional);
		StoryDetail story = this.stories.story(this.stories.storyOf(traditional).orElseThrow().id());
		assertThat(story.timeline()).extracting((a) -> a.article().id()).containsExactly(traditional, simplified);
		assertThat(this.stories.storyOf(other).map(StoryRef::id)).isNotEqualTo(Optional.of(story.id()));
	}

	/**
	 * A reprint imported first, then the original it copied, published a day earlier: the
	 * original is the text's first appearance, whatever the order of import.
	 */
	@Test
	void anEarlierCopyImportedLaterIsTheFirstAppearance() throws Exception {
		String text = """
				台风“海燕”周五凌晨在福建沿海登陆，当地已紧急转移渔民和沿海居民两万余人。
				气象部门预计台风将继续向西北方向移动，强度逐渐减弱，沿途将带来大范围强降雨。
				福建省防汛指挥部已启动一级应急响应，要求各地做好山洪和地质灾害的防范工作。""";
		upload("reprint.xml", doc("https://reprint.example.cn/1.html", "台风海燕在福建登陆", text.replace("\n", "<br/>"),
				"2013-11-09 08:00:00"));
		upload("original.xml", doc("https://original.example.cn/1.html", "台风海燕在福建登陆", text, "2013-11-08 06:00:00"));
		long reprint = article("https://reprint.example.cn/1.html");
		long original = article("https://original.example.cn/1.html");
		assertThat(this.jdbc.sql("select article_id, duplicate_of from story_members where article_id in (:ids)")
			.param("ids", java.util.List.of(reprint, original))
			.query((rs, n) -> rs.getLong(1) + "->" + rs.getObject(2, Long.class))
			.set()).containsExactlyInAnyOrder(original + "->null", reprint + "->" + original);
	}

	private static byte[] doc(String url, String title, String body) {
		return doc(url, title, body, "2023-05-09 10:00:00");
	}

	private static byte[] doc(String url, String title, String body, String datetime) {
		return """
				<doc><url>%s</url><title>%s</title><datetime>%s</datetime><body>%s</body></doc>
				""".formatted(url, title, datetime, body).getBytes(StandardCharsets.UTF_8);
	}

	private void upload(String name, byte[] content) throws Exception {
		this.mvc
			.perform(multipart("/api/imports").file(new MockMultipartFile("file", name, "text/xml", content))
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk());
	}

	private long article(String url) {
		return this.jdbc.sql("select id from articles where url = :url").param("url", url).query(Long.class).single();
	}

}
