package org.newsarchive.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The five seeds, imported at start-up, read back through the JSON API with every fact.
 */
@ArchiveTest
class SeedArticlesApiTests {

	@Autowired
	MockMvc mvc;

	Map<String, Integer> idsByFile;

	@BeforeEach
	void findSeeds() throws Exception {
		String json = this.mvc.perform(get("/api/articles")).andReturn().getResponse().getContentAsString();
		List<Integer> ids = JsonPath.read(json, "$.items[*].id");
		this.idsByFile = new HashMap<>();
		for (Integer id : ids) {
			String article = this.mvc.perform(get("/api/articles/{id}", id))
				.andReturn()
				.getResponse()
				.getContentAsString();
			String file = JsonPath.read(article, "$.origin.file");
			this.idsByFile.put(file.substring(0, 3), id);
		}
	}

	@Test
	void listsTheFiveSeedsNewestFirstWithTheUndatedYearLast() throws Exception {
		this.mvc.perform(get("/api/articles"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.items[*].published.value")
				.value(org.hamcrest.Matchers.contains("2023-06-13T16:18+02:00", "2023-05-12T18:07:23+08:00",
						"2023-05-03", "2023-02-18T08:04+01:00", "2023")));
	}

	@Test
	void bbcMarkdown() throws Exception {
		this.mvc.perform(get("/api/articles/{id}", this.idsByFile.get("000")))
			.andExpect(jsonPath("$.title").value("北约“东进”设立东京联络处 乌克兰战争催生亚洲“小北约”？"))
			.andExpect(jsonPath("$.source.slug").value("bbc-chinese"))
			.andExpect(jsonPath("$.source.name").value("BBC News 中文"))
			.andExpect(jsonPath("$.section").value("World"))
			.andExpect(jsonPath("$.authors[0].name").value("吕嘉鸿"))
			.andExpect(jsonPath("$.authors[0].role").value("AUTHOR"))
			.andExpect(jsonPath("$.published.value").value("2023"))
			.andExpect(jsonPath("$.published.precision").value("YEAR"))
			.andExpect(jsonPath("$.published.inferred").value(true))
			.andExpect(jsonPath("$.languages[0]").value("zh-Hans"))
			.andExpect(jsonPath("$.lede").value(org.hamcrest.Matchers.startsWith("作为全球最大的跨国军事联盟")))
			.andExpect(jsonPath("$.body[?(@.kind == 'HEADING')].text")
				.value(org.hamcrest.Matchers.contains("北约东京联络处怎么产生的", "北京的反应")))
			.andExpect(jsonPath("$.images.length()").value(6))
			.andExpect(jsonPath("$.images[*].credit").value(org.hamcrest.Matchers.contains("Getty Images",
					"Getty Images", "Takashi Aoyama / Pool /Anadolu Agency via Getty", "Reuters", null, "EPA")))
			.andExpect(jsonPath("$.images[4].src")
				.value("_129951219_south_china_sea_island_chain_map640_chinese-2x-nc.png"))
			.andExpect(jsonPath("$.origin.damagedSpots").value(0))
			.andExpect(jsonPath("$.origin.sha256").value(org.hamcrest.Matchers.hasLength(64)));
	}

	@Test
	void rfiFragmentWithAuthor() throws Exception {
		this.mvc.perform(get("/api/articles/{id}", this.idsByFile.get("001")))
			.andExpect(jsonPath("$.title").value("北约秘书长访日：在更危险的世界里，日本可指望北约与你们站在一起"))
			.andExpect(jsonPath("$.section").value("印太纵览"))
			.andExpect(
					jsonPath("$.url").value("https://www.rfi.fr/cn/专栏检索/印太纵览/20230218-北约秘书长访日-在更危险的世界里，日本可指望北约与你们站在一起"))
			.andExpect(jsonPath("$.published.value").value("2023-02-18T08:04+01:00"))
			.andExpect(jsonPath("$.published.precision").value("MINUTE"))
			.andExpect(jsonPath("$.published.inferred").value(false))
			.andExpect(jsonPath("$.origin.capturedAt").value("2023-02-18T07:15:05Z"))
			.andExpect(jsonPath("$.authors[0].name").value("弗林"))
			.andExpect(jsonPath("$.lede").value(org.hamcrest.Matchers.startsWith("自去年6月日韩领导人首次受邀参加北约峰会后")))
			.andExpect(jsonPath("$.body[?(@.kind == 'PARAGRAPH')].text").value(org.hamcrest.Matchers.hasSize(35)))
			.andExpect(jsonPath("$.images.length()").value(1));
	}

	@Test
	void guanchaTraditionalDamagedText() throws Exception {
		String json = this.mvc.perform(get("/api/articles/{id}", this.idsByFile.get("002")))
			.andExpect(jsonPath("$.title").value("針對中俄?日媒曝北約擬在東京設立亞洲首個聯絡處"))
			.andExpect(jsonPath("$.source.slug").value("guancha"))
			.andExpect(jsonPath("$.languages[0]").value("zh-Hant"))
			.andExpect(jsonPath("$.published.value").value("2023-05-03"))
			.andExpect(jsonPath("$.published.precision").value("DAY"))
			.andExpect(jsonPath("$.published.inferred").value(true))
			.andExpect(jsonPath("$.authors[0].name").value("楊蓉"))
			.andExpect(jsonPath("$.authors[0].role").value("AUTHOR"))
			.andExpect(jsonPath("$.authors[0].email").value("yangrong@guancha.cn"))
			.andExpect(jsonPath("$.authors[1].name").value("楊蓉"))
			.andExpect(jsonPath("$.authors[1].role").value("EDITOR"))
			.andExpect(jsonPath("$.origin.damagedSpots").value(org.hamcrest.Matchers.greaterThan(0)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("設立").doesNotContain("shè").doesNotContain("特朗普").doesNotContain("MAGA");
	}

	@Test
	void chinaMilitaryOnlineBilingualPairs() throws Exception {
		this.mvc.perform(get("/api/articles/{id}", this.idsByFile.get("003")))
			.andExpect(jsonPath("$.title").value("NATO to open liaison office in Tokyo"))
			.andExpect(jsonPath("$.otherTitle").value("北约将在日本设立联络机构"))
			.andExpect(jsonPath("$.published.value").value("2023-05-12T18:07:23+08:00"))
			.andExpect(jsonPath("$.languages").value(org.hamcrest.Matchers.contains("en", "zh-Hans")))
			.andExpect(
					jsonPath("$.body[?(@.pair == 0)].language").value(org.hamcrest.Matchers.contains("en", "zh-Hans")))
			.andExpect(jsonPath("$.body[?(@.pair == 7)].text")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.startsWith("NATO's persistent efforts"),
						org.hamcrest.Matchers.startsWith("北约不断突破传统防区和领域"))))
			.andExpect(jsonPath("$.images[0].credit").value("Reuters"));
	}

	@Test
	void rfiFragmentWithoutAuthorTakesItsSectionFromTheUrl() throws Exception {
		this.mvc.perform(get("/api/articles/{id}", this.idsByFile.get("004")))
			.andExpect(jsonPath("$.title").value("北约将提升与亚太伙伴四国关系，探索在网络安全等问题合作"))
			.andExpect(jsonPath("$.section").value("国际"))
			.andExpect(jsonPath("$.published.value").value("2023-06-13T16:18+02:00"))
			.andExpect(jsonPath("$.authors").isEmpty())
			.andExpect(jsonPath("$.body[?(@.kind == 'PARAGRAPH')].text").value(org.hamcrest.Matchers.hasSize(13)))
			.andExpect(jsonPath("$.images[0].src").value(
					"https://s.rfi.fr/media/display/d870d810-09f2-11ee-8d5d-005056bf30b7/w:1280/p:16x9/Capture-1655.JPG"));
	}

	@Test
	void filtersBySourceAndDateRangeWhereAYearOverlapsTheRange() throws Exception {
		this.mvc.perform(get("/api/articles").param("source", "rfi-chinese")).andExpect(jsonPath("$.total").value(2));
		this.mvc.perform(get("/api/articles").param("from", "2023-05-01").param("to", "2023-05-31"))
			.andExpect(jsonPath("$.items[*].published.value")
				.value(org.hamcrest.Matchers.contains("2023-05-12T18:07:23+08:00", "2023-05-03", "2023")));
	}

	@Test
	void unknownArticleIsAProblemDetail() throws Exception {
		this.mvc.perform(get("/api/articles/999999"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("No article has the id 999999."));
		this.mvc.perform(get("/api/sources/nowhere")).andExpect(status().isNotFound());
	}

	@Test
	void sourcesWithTheirCounts() throws Exception {
		this.mvc.perform(get("/api/sources/rfi-chinese"))
			.andExpect(jsonPath("$.name").value("RFI 法广中文"))
			.andExpect(jsonPath("$.homepage").value("https://www.rfi.fr/cn/"))
			.andExpect(jsonPath("$.articleCount").value(2));
	}

}
