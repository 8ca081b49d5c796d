package org.newsarchive.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What {@code GET /api/search} finds among the five seeds, query by query. Every expected
 * set was read off the seed files (body, lede, title, captions and alt texts; not page
 * chrome, not the pinyin readings of 002), by grepping the raw files and a copy of 002
 * with its readings removed, not by asking the application. Seeds are named by the first
 * three digits of their file name.
 * <p>
 * Person names: another module may expand a query that names a person exactly to that
 * person's other names. Rows are chosen so that this cannot change the result (the person
 * is named in every script in the expected seeds already), or they list the seeds such an
 * expansion may add.
 */
@ArchiveTest
class SearchRelevanceTests {

	private static final Set<String> ALL = Set.of("000", "001", "002", "003", "004");

	@Autowired
	MockMvc mvc;

	private Map<Long, String> filesById;

	@BeforeEach
	void findSeeds() throws Exception {
		String json = this.mvc.perform(get("/api/articles")).andReturn().getResponse().getContentAsString();
		List<Number> ids = JsonPath.read(json, "$.items[*].id");
		this.filesById = new HashMap<>();
		for (Number id : ids) {
			String article = this.mvc.perform(get("/api/articles/{id}", id))
				.andReturn()
				.getResponse()
				.getContentAsString();
			String file = JsonPath.read(article, "$.origin.file");
			this.filesById.put(id.longValue(), file.substring(0, 3));
		}
		assertThat(this.filesById.values()).containsExactlyInAnyOrderElementsOf(ALL);
	}

	static Stream<Row> queries() {
		return Stream.of(
				// Either script finds both: 002 is the only traditional-script seed.
				row("q=北约", ALL, "simplified; 002 reads 北約"),
				row("q=北約", ALL, "traditional; 000, 001, 003, 004 read 北约"),
				row("q=设立联络处", Set.of("000", "002"),
						"002 reads 設(shè)立…聯(lián)絡(luò)處 in the raw file; 000's lede reads 在东京设立联络处, "
								+ "matched through the bigram fields whatever the segmenter made of it"),
				row("q=設立聯絡處", Set.of("000", "002"), "the same phrase in traditional script"),
				row("q=斯托爾滕貝格", ALL,
						"002 writes 斯托爾滕貝格, the others 斯托尔滕贝格; already all five, "
								+ "so name expansion cannot change it"),
				row("q=習近平", Set.of("000"), Set.of("001"),
						"000 names 习近平; 001 names him only as 习主席, " + "which a person-name expansion may add"),
				row("q=馬克龍", Set.of("004"), "004 writes 马克龙; no other script or spelling in any seed"),
				row("q=毛寧", Set.of("000", "002"), "000 writes 毛宁, 002 毛寧; nowhere else, in any script"),
				row("q=亞太夥伴", Set.of("001", "004"), "亚太伙伴 in 001 and 004; 夥 folds to 伙; 002 says 亞太4國"),
				row("q=網絡安全", Set.of("002", "004"), "002 writes 網絡安全, 004 网络安全"),
				row("q=网络安全", Set.of("002", "004"), "the same in simplified script"),
				// Page chrome is not the article.
				row("q=特朗普", Set.of(), "only in 002's list of other headlines"),
				row("q=MAGA", Set.of(), "only in 002's chrome"), row("q=哈馬斯", Set.of(), "only in 002's chrome"),
				row("q=澤連斯基", Set.of(), "only in 002's chrome"), row("q=白金漢宮", Set.of(), "only in 002's chrome"),
				row("q=\"Related News\"", Set.of(), "003's chrome"),
				row("q=本文系觀察者網獨家稿件", Set.of(), "002's copyright footer"), row("q=相關推薦", Set.of(), "002's chrome"),
				// Pinyin readings were removed from 002.
				row("q=shè", Set.of(), "a reading in 002, e.g. 設(shè)立"),
				row("q=lián", Set.of(), "a reading in 002, e.g. 聯(lián)絡(luò)處"),
				// English: 003's English paragraphs and 000's English alt texts.
				row("q=\"liaison office\"", Set.of("003"), "003 only; no seed but 003 has 'liaison'"),
				row("q=offices", Set.of("003"), "stemmed: 003 has 'office' and 'offices'"),
				row("q=offic*", Set.of("003"), "a trailing wildcard"),
				row("q=\"Keio University\"", Set.of("000"), "an English alt text of 000"),
				row("q=Olaf Scholz", Set.of("000"), "an English alt text of 000; no seed names him in Chinese"),
				row("q=NATO", Set.of("000", "003"), Set.of("001", "002", "004"),
						"000's lede 北约（NATO） and alt texts, 003's English; 001 has it only in an image URL. "
								+ "An expansion of organisation names (NATO = 北约) would find all five"),
				// Phrases and several words.
				row("q=东京联络处", Set.of("000", "004"), "one run of characters is a phrase; 002 has 東京 and 聯絡處 apart"),
				row("q=\"北约东京联络处\"", Set.of("000", "004"), "000's sub-heading, 004's last paragraph"),
				row("q=东京 联络处", Set.of("000", "002", "004"), "two words, both required; 003 says 联络机构"),
				row("q=岸田 普京", Set.of("001"), "words AND by default: 普京 is only in 001"),
				row("q=联络*", Set.of("000", "002", "003", "004"), "a Chinese word beginning: 联络处, 聯絡處, 联络机构"),
				row("q=北约 -毛宁", Set.of("001", "003", "004"), "exclusion: 毛宁/毛寧 are in 000 and 002"),
				row("q=日本 -北约", Set.of(), "every seed that says 日本 says 北约"),
				row("q=毛宁 OR 普京", Set.of("000", "001", "002"), "either word"),
				row("q=(毛宁 OR 普京) 东京", Set.of("000", "001", "002"), "grouped; every seed says 东京 or 東京"),
				row("q=AP4", Set.of("001", "002", "004"), "an acronym kept in 002's parentheses, (AP4)"),
				row("q=塔克索-延森", Set.of("002"), "a hyphen inside a word is not an exclusion"),
				// Names.
				row("q=陈宥桦", Set.of("000"), "only in 000"),
				row("q=林芳正", Set.of("000", "002"), "the same characters in both scripts"),
				row("q=鹤冈路人", Set.of("001", "002"), "002 writes 鶴岡路人"),
				row("q=普京", Set.of("001"), "only in 001; no Putin or 普丁 anywhere"),
				// Filters.
				row("q=北约&source=rfi-chinese", Set.of("001", "004"), "source filter"),
				row("q=北约&source=rfi-chinese&source=guancha", Set.of("001", "002", "004"), "any of two sources"),
				row("from=2023-05-01&to=2023-05-31", Set.of("000", "002", "003"),
						"000 is dated only to 2023, which overlaps May"),
				row("q=北约&from=2022-01-01&to=2022-12-31", Set.of(), "nothing is dated 2022"),
				row("from=2023-05-04", Set.of("000", "003", "004"), "only a start: 002 (3 May) and 001 end before it"),
				row("to=2023-02-18", Set.of("000", "001"), "only an end, inclusive"),
				row("lang=en", Set.of("003"), "the bilingual article"),
				row("q=北约&lang=zh-Hant", Set.of("002"), "the traditional-script article"),
				row("lang=zh-Hans", Set.of("000", "001", "003", "004"), "003 is also simplified Chinese"),
				row("lang=zh", ALL, "either Chinese script"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("queries")
	void findsExactlyTheSeedsThatSayIt(Row row) throws Exception {
		String json = this.mvc.perform(row.request(get("/api/search").param("size", "100")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(json, "$.items[*].id");
		Set<String> found = ids.stream().map((id) -> this.filesById.get(id.longValue())).collect(Collectors.toSet());
		assertThat(found).as(row.why()).containsAll(row.expected());
		Set<String> allowed = new TreeSet<>(row.expected());
		allowed.addAll(row.mayAlsoFind());
		assertThat(found).as(row.why()).isSubsetOf(allowed);
		assertThat(JsonPath.<Integer>read(json, "$.total")).isEqualTo(ids.size());
	}

	@Test
	void countsFacetsOverAllMatches() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "北约"))
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.facets.source.length()").value(4))
			.andExpect(jsonPath("$.facets.source[0].key").value("rfi-chinese"))
			.andExpect(jsonPath("$.facets.source[0].label").value("RFI 法广中文"))
			.andExpect(jsonPath("$.facets.source[0].count").value(2))
			.andExpect(jsonPath("$.facets.source[?(@.key == 'bbc-chinese')].count").value(1))
			.andExpect(jsonPath("$.facets.source[?(@.key == 'guancha')].count").value(1))
			.andExpect(jsonPath("$.facets.source[?(@.key == 'china-military-online')].count").value(1))
			// 000 is dated only to a year, so it has no month.
			.andExpect(jsonPath("$.facets.month[*].key")
				.value(org.hamcrest.Matchers.contains("2023-02", "2023-05", "2023-06")))
			.andExpect(jsonPath("$.facets.month[*].count").value(org.hamcrest.Matchers.contains(1, 2, 1)))
			// 003 is both English and simplified Chinese.
			.andExpect(jsonPath("$.facets.language.length()").value(3))
			.andExpect(jsonPath("$.facets.language[?(@.key == 'zh-Hans')].count").value(4))
			.andExpect(jsonPath("$.facets.language[?(@.key == 'zh-Hant')].count").value(1))
			.andExpect(jsonPath("$.facets.language[?(@.key == 'en')].count").value(1))
			.andExpect(jsonPath("$.facets.language[?(@.key == 'en')].label").value("English"))
			.andExpect(jsonPath("$.facets.person").isArray());
	}

	@Test
	void browsesOldestFirstCountingAYearFromItsFirstDay() throws Exception {
		assertThat(files(get("/api/search"))).containsExactly("000", "001", "002", "003", "004");
		assertThat(files(get("/api/search").param("sort", "oldest"))).containsExactly("000", "001", "002", "003",
				"004");
		assertThat(files(get("/api/search").param("sort", "newest"))).containsExactly("004", "003", "002", "001",
				"000");
		assertThat(files(get("/api/search").param("q", "北约").param("sort", "newest"))).containsExactly("004", "003",
				"002", "001", "000");
	}

	@Test
	void filtersByStory() throws Exception {
		long first = this.filesById.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals("000"))
			.findFirst()
			.orElseThrow()
			.getKey();
		String article = this.mvc.perform(get("/api/articles/{id}", first))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Number story = JsonPath.read(article, "$.story.id");
		assertThat(files(get("/api/search").param("story", story.toString()))).containsExactly("000", "002", "003");
		assertThat(files(get("/api/search").param("q", "设立联络处").param("story", story.toString())))
			.containsExactlyInAnyOrder("000", "002");
	}

	@Test
	void pagesThroughTheResults() throws Exception {
		this.mvc.perform(get("/api/search").param("size", "2").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.items.length()").value(2));
		assertThat(files(get("/api/search").param("size", "2").param("page", "2"))).containsExactly("002", "003");
		assertThat(files(get("/api/search").param("size", "2").param("page", "3"))).containsExactly("004");
		assertThat(files(get("/api/search").param("size", "2").param("page", "4"))).isEmpty();
	}

	@Test
	void answersWithTheDocumentedShape() throws Exception {
		// An RFI article, which has a URL (the BBC file gives none).
		this.mvc.perform(get("/api/search").param("q", "北约").param("source", "rfi-chinese").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tookMs").isNumber())
			.andExpect(jsonPath("$.tookMs").value(org.hamcrest.Matchers.greaterThanOrEqualTo(0)))
			.andExpect(jsonPath("$.items[0].id").isNumber())
			.andExpect(jsonPath("$.items[0].title").isString())
			.andExpect(jsonPath("$.items[0].source.slug").isString())
			.andExpect(jsonPath("$.items[0].source.name").isString())
			.andExpect(jsonPath("$.items[0].published.value").isString())
			.andExpect(jsonPath("$.items[0].snippet").value(org.hamcrest.Matchers.containsString("<mark>")))
			.andExpect(jsonPath("$.items[0].url").isString());
	}

	@Test
	void snippetsMarkMatchesInTheScriptTheArticleIsWrittenIn() throws Exception {
		Map<String, String> simplifiedQuery = snippets("北约");
		assertThat(simplifiedQuery.get("002")).contains("<mark>北約</mark>").doesNotContain("<mark>北约</mark>");
		assertThat(simplifiedQuery.get("001")).contains("<mark>北约</mark>");
		Map<String, String> traditionalQuery = snippets("北約");
		assertThat(traditionalQuery.get("000")).contains("<mark>北约</mark>").doesNotContain("<mark>北約</mark>");
		assertThat(traditionalQuery.get("004")).contains("<mark>北约</mark>");
		assertThat(traditionalQuery.get("002")).contains("<mark>北約</mark>");
	}

	@Test
	void snippetsMarkAPhraseThatMatchedOnlyAsBigrams() throws Exception {
		Map<String, String> snippets = snippets("设立联络处");
		// 000's lede reads 在东京设立联络处; the segmenter does not cut it into the words
		// of the query, so only the bigram field matches it.
		assertThat(snippets.get("000")).contains("<mark>设立联络处</mark>");
		assertThat(snippets.get("002")).contains("<mark>設立聯絡處</mark>");
	}

	@Test
	void snippetsMarkWordsFoundOnlyInCaptions() throws Exception {
		assertThat(snippets("\"Keio University\"").get("000")).contains("<mark>Keio University</mark>");
	}

	@Test
	void snippetsOfEnglishPhrasesMarkThePhrase() throws Exception {
		assertThat(snippets("\"liaison office\"").get("003")).contains("<mark>liaison office</mark>");
	}

	private Map<String, String> snippets(String q) throws Exception {
		String json = this.mvc.perform(get("/api/search").param("q", q))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(json, "$.items[*].id");
		List<String> snippets = JsonPath.read(json, "$.items[*].snippet");
		Map<String, String> byFile = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			byFile.put(this.filesById.get(ids.get(i).longValue()), snippets.get(i));
		}
		return byFile;
	}

	private List<String> files(MockHttpServletRequestBuilder request) throws Exception {
		String json = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(json, "$.items[*].id");
		return ids.stream().map((id) -> this.filesById.get(id.longValue())).toList();
	}

	private static Row row(String params, Set<String> expected, String why) {
		return new Row(params, expected, Set.of(), why);
	}

	private static Row row(String params, Set<String> expected, Set<String> mayAlsoFind, String why) {
		return new Row(params, expected, mayAlsoFind, why);
	}

	/**
	 * One search and what it must find.
	 *
	 * @param params the request parameters, {@code name=value} joined by {@code &}, not
	 * URL-encoded
	 * @param expected the seeds that must be found
	 * @param mayAlsoFind seeds a person-name expansion may add
	 * @param why where the expected set comes from
	 */
	record Row(String params, Set<String> expected, Set<String> mayAlsoFind, String why) {

		MockHttpServletRequestBuilder request(MockHttpServletRequestBuilder request) {
			for (String pair : this.params.split("&")) {
				String[] nameAndValue = pair.split("=", 2);
				request.param(nameAndValue[0], nameAndValue[1]);
			}
			return request;
		}

		@Override
		public String toString() {
			return this.params + " → " + new TreeSet<>(this.expected)
					+ (this.mayAlsoFind.isEmpty() ? "" : " (or also " + new TreeSet<>(this.mayAlsoFind) + ")");
		}

	}

}
