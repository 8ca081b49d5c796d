package org.newsarchive.story;

import java.nio.charset.StandardCharsets;

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
 * breaks, are one text; an archive of its own, since it adds articles.
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
