package org.newsarchive.entity;

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
 * People recognised in the five seeds as the real parsers read them, stored, and served
 * by the API and the search.
 */
@ArchiveTest
class PeopleApiTests {

	@Autowired
	MockMvc mvc;

	Map<String, Integer> seeds = new HashMap<>();

	@BeforeEach
	void findSeeds() throws Exception {
		for (Integer id : JsonPath.<List<Integer>>read(json("/api/articles"), "$.items[*].id")) {
			this.seeds.put(JsonPath.<String>read(json("/api/articles/" + id), "$.origin.file").substring(0, 3), id);
		}
	}

	@Test
	void eachSeedNamesExactlyThesePeople() throws Exception {
		assertThat(people("000")).containsExactlyInAnyOrder("斯托尔滕贝格", "毛宁", "岸田文雄", "奈吉", "陈宥桦", "林芳正", "苏紫云", "孙兴杰",
				"安倍晋三", "习近平", "朔尔茨", "拜登", "冯德莱恩", "特鲁多",
				// Named in the text though EXPECTED.md's list, which says "include",
				// leaves
				// them out: the rector of NATO's defence college and Taiwan's defence
				// university president.
				"李提曼", "刘志铭");
		assertThat(people("001")).containsExactlyInAnyOrder("斯托尔滕贝格", "岸田文雄", "普京", "细谷雄一", "森聪", "鹤冈路人", "习近平");
		assertThat(people("002")).containsExactlyInAnyOrder("岸田文雄", "斯托尔滕贝格", "林芳正", "彼得·塔克索-延森", "鹤冈路人", "毛宁");
		assertThat(people("003")).containsExactlyInAnyOrder("岸田文雄", "斯托尔滕贝格");
		assertThat(people("004")).containsExactlyInAnyOrder("斯托尔滕贝格", "富田浩司", "马克龙", "岸田文雄", "尹锡悦", "阿尔巴尼斯", "希普金斯",
				"迪埃拉", "塞顿");
	}

	@Test
	void onePersonAcrossScriptsAndLanguages() throws Exception {
		assertThat(articleCount("Stoltenberg")).isEqualTo(5);
		assertThat(articleCount("斯托爾滕貝格")).isEqualTo(5);
		assertThat(articleCount("Kishida")).isEqualTo(5);
		assertThat(articleCount("毛寧")).isEqualTo(2);
		assertThat(articleCount("林芳正")).isEqualTo(2);
		assertThat(articleCount("鶴岡路人")).isEqualTo(2);
		String stoltenberg = json("/api/people/" + personId("Stoltenberg"));
		assertThat(JsonPath.<List<String>>read(stoltenberg, "$.names['zh-Hans']")).contains("斯托尔滕贝格");
		assertThat(JsonPath.<List<String>>read(stoltenberg, "$.names['zh-Hant']")).contains("斯托爾滕貝格");
		assertThat(JsonPath.<List<String>>read(stoltenberg, "$.names['en']")).contains("Jens Stoltenberg",
				"Stoltenberg");
		assertThat(JsonPath.<List<String>>read(stoltenberg, "$.roles[*].role")).contains("北约秘书长");
		assertThat(JsonPath.<String>read(stoltenberg, "$.alongside[0].name")).isEqualTo("岸田文雄");
		assertThat(JsonPath.<Integer>read(stoltenberg, "$.alongside[0].articleCount")).isEqualTo(5);
		assertThat(JsonPath.<List<String>>read(stoltenberg, "$.alongside[*].name")).doesNotContain("斯托尔滕贝格", "北约");
		assertThat(JsonPath.<List<Integer>>read(stoltenberg, "$.articles[*].article.id"))
			.containsExactlyInAnyOrderElementsOf(this.seeds.values());
	}

	@Test
	void searchingANameAlsoSearchesThePersonsOtherNames() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "Stoltenberg"))
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.alsoSearched").value(org.hamcrest.Matchers.hasItem("斯托爾滕貝格")));
		this.mvc.perform(get("/api/search").param("q", "Kishida")).andExpect(jsonPath("$.total").value(5));
		String maoNing = json("/api/search", "q", "毛宁");
		assertThat(JsonPath.<List<Integer>>read(maoNing, "$.items[*].id"))
			.containsExactlyInAnyOrder(this.seeds.get("000"), this.seeds.get("002"));
	}

	@Test
	void filtersByPersonAndCountsPeopleAsAFacet() throws Exception {
		long linFangzheng = personId("林芳正");
		String result = json("/api/search", "person", "" + linFangzheng);
		assertThat(JsonPath.<List<Integer>>read(result, "$.items[*].id"))
			.containsExactlyInAnyOrder(this.seeds.get("000"), this.seeds.get("002"));
		String all = json("/api/search", "q", "北约");
		assertThat(JsonPath.<List<Integer>>read(all, "$.facets.person[?(@.label == '斯托尔滕贝格')].count"))
			.containsExactly(5);
		assertThat(JsonPath.<List<String>>read(all, "$.facets.person[*].label")).doesNotContain("北约");
	}

	@Test
	void suggestsPeopleAsTheReaderTypes() throws Exception {
		this.mvc.perform(get("/api/people").param("prefix", "Stol"))
			.andExpect(jsonPath("$[0].name").value("斯托尔滕贝格"))
			.andExpect(jsonPath("$[0].articleCount").value(5));
		this.mvc.perform(get("/api/people").param("prefix", "鶴岡")).andExpect(jsonPath("$[0].name").value("鹤冈路人"));
	}

	@Test
	void authorsAreCreditedNotCountedAsPeopleTheArticleIsAbout() throws Exception {
		for (String author : List.of("吕嘉鸿", "弗林", "楊蓉", "Wen Weiru", "文威入", "Li Jiayao")) {
			this.mvc.perform(get("/api/people").param("prefix", author)).andExpect(jsonPath("$").isEmpty());
		}
	}

	@Test
	void unknownPersonIsNotFound() throws Exception {
		this.mvc.perform(get("/api/people/999999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/people/999999")).andExpect(status().isNotFound());
	}

	private List<String> people(String seed) throws Exception {
		return JsonPath.read(json("/api/articles/" + this.seeds.get(seed)), "$.people[?(@.type == 'PERSON')].name");
	}

	private long personId(String name) throws Exception {
		return JsonPath.<Integer>read(json("/api/people", "prefix", name), "$[0].id");
	}

	private int articleCount(String name) throws Exception {
		return JsonPath.read(json("/api/people", "prefix", name), "$[0].articleCount");
	}

	private String json(String path, String... params) throws Exception {
		var request = get(path);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
