package org.newsarchive.search;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.article.ArticleQueries;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every article of a search as CSV and as JSON. */
@ArchiveTest
class SearchExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ArticleQueries articles;

	@Test
	void csvHasAByteOrderMarkAHeaderAndOneRowPerArticle() throws Exception {
		MvcResult result = this.mvc.perform(get("/search.csv").param("q", "北约").param("source", "rfi-chinese"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"news-archive-search.csv\""))
			.andReturn();
		String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		assertThat(csv.substring(1, csv.indexOf("\r\n"))).isEqualTo(
				"id,title,other_title,source_slug,source_name,published,precision,inferred,authors,url,people,languages");
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).toMap()).containsEntry("title", "北约秘书长访日：在更危险的世界里，日本可指望北约与你们站在一起")
			.containsEntry("other_title", "")
			.containsEntry("source_slug", "rfi-chinese")
			.containsEntry("source_name", "RFI 法广中文")
			.containsEntry("published", "2023-02-18T08:04+01:00")
			.containsEntry("precision", "MINUTE")
			.containsEntry("inferred", "false")
			.containsEntry("authors", "弗林 (author)")
			.containsEntry("url", "https://www.rfi.fr/cn/专栏检索/印太纵览/20230218-北约秘书长访日-在更危险的世界里，日本可指望北约与你们站在一起")
			.containsEntry("languages", "zh-Hans");
		assertThat(rows.get(1).toMap()).containsEntry("title", "北约将提升与亚太伙伴四国关系，探索在网络安全等问题合作")
			.containsEntry("published", "2023-06-13T16:18+02:00")
			.containsEntry("precision", "MINUTE")
			.containsEntry("inferred", "false")
			.containsEntry("url", "https://www.rfi.fr/cn/国际/20230613-北约将提升与亚太伙伴四国关系，探索在网络安全等问题的合作");
		assertThat(rows).extracting((row) -> row.get("id")).allMatch((id) -> id.matches("\\d+"));
	}

	@Test
	void csvRowsOfABilingualArticleCarryBothTitlesAndBothLanguages() throws Exception {
		String csv = this.mvc.perform(get("/search.csv").param("source", "china-military-online"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		CSVRecord row = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords()
			.getFirst();
		assertThat(row.get("title")).isEqualTo("NATO to open liaison office in Tokyo");
		assertThat(row.get("other_title")).isEqualTo("北约将在日本设立联络机构");
		assertThat(row.get("published")).isEqualTo("2023-05-12T18:07:23+08:00");
		assertThat(row.get("precision")).isEqualTo("SECOND");
	}

	@Test
	void jsonOfAnEmptyQueryHasEveryArticle() throws Exception {
		this.mvc.perform(get("/search.json"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"news-archive-search.json\""))
			.andExpect(jsonPath("$.length()").value(5))
			.andExpect(jsonPath("$[0].title").value("北约“东进”设立东京联络处 乌克兰战争催生亚洲“小北约”？"))
			.andExpect(jsonPath("$[0].source.slug").value("bbc-chinese"))
			.andExpect(jsonPath("$[0].published.value").value("2023"))
			.andExpect(jsonPath("$[0].published.precision").value("YEAR"))
			.andExpect(jsonPath("$[0].published.inferred").value(true))
			.andExpect(jsonPath("$[0].authors[0].name").value("吕嘉鸿"))
			.andExpect(jsonPath("$[0].languages[0]").value("zh-Hans"));
	}

	@Test
	void jsonIsWhatJacksonWritesForTheListingsByteForByte() throws Exception {
		String exported = this.mvc.perform(get("/search.json"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Number> found = JsonPath.read(exported, "$[*].id");
		List<Long> ids = found.stream().map(Number::longValue).toList();
		assertThat(ids).hasSizeGreaterThanOrEqualTo(5);
		assertThat(exported).isEqualTo(this.json.writeValueAsString(this.articles.listings(ids)));
	}

	@Test
	void exportsAreNotLimitedToOnePage() throws Exception {
		this.mvc.perform(get("/search.json").param("size", "1").param("page", "3"))
			.andExpect(jsonPath("$.length()").value(5));
	}

	@Test
	void aBadQueryIsABadRequest() throws Exception {
		this.mvc.perform(get("/search.csv").param("from", "2023-06-01").param("to", "2023-01-01"))
			.andExpect(status().isBadRequest());
	}

}
