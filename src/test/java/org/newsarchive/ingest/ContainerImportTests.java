package org.newsarchive.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Zips, tars and gzips through {@code POST /api/imports}, built in the test from the seed
 * files. The seeds are not imported at start-up here, so that each article's first
 * arrival is the one the test makes; the limits are small, so that the bombs are small.
 */
@ArchiveTest
@TestPropertySource(properties = { "archive.ingest.folders=target/no-start-up-import",
		"archive.ingest.max-file-size=256KB", "archive.ingest.max-container-size=512KB",
		"archive.ingest.max-unpacked-size=1MB", "archive.ingest.max-entries=40", "archive.ingest.max-nesting=3" })
class ContainerImportTests {

	static final String DUMP = """
			[{"title": "第一則", "content": "第一則的內文。", "date": "2017-07-04", "url": "https://news.example.tw/1", "website": "範例新聞"},
			 {"title": "第二則", "content": "第二則的內文。", "date": "2017-07-05", "url": "https://news.example.tw/2", "website": "範例新聞"}]
			""";

	@Autowired
	MockMvc mvc;

	@Test
	void aZipOfTheSeedsAndADumpIsOneKeptFileWithAnEntryPerArticle() throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("seeds/", new byte[0]);
		files.put("seeds/" + Seeds.BBC, Seeds.bytes(Seeds.BBC));
		files.put("seeds/" + Seeds.RFI_COLUMN, Seeds.bytes(Seeds.RFI_COLUMN));
		files.put("seeds/" + Seeds.GUANCHA, Seeds.bytes(Seeds.GUANCHA));
		files.put("seeds/" + Seeds.CHINAMIL, Seeds.bytes(Seeds.CHINAMIL));
		files.put("seeds/" + Seeds.RFI_NEWS, Seeds.bytes(Seeds.RFI_NEWS));
		files.put("seeds/.DS_Store", new byte[] { 0, 0, 0, 1, 'B', 'u', 'd', '1' });
		files.put("__MACOSX/seeds/._" + Seeds.BBC, new byte[] { 0, 5, 22, 7 });
		files.put("taiwan/dump.json", DUMP.getBytes(StandardCharsets.UTF_8));
		files.put("notes/letter.txt",
				"Dear editor,\nplease find my letter attached.\n".getBytes(StandardCharsets.UTF_8));
		byte[] zip = ContainerFiles.zip(files);

		String result = upload("collection.zip", zip).andExpect(jsonPath("$[0].file").value("collection.zip"))
			.andExpect(jsonPath("$[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0].articleId").isEmpty())
			.andExpect(jsonPath("$[0].error").isEmpty())
			.andExpect(jsonPath("$[0].warnings").value(contains("1 folder entries skipped",
					"2 files of the operating system skipped (__MACOSX/, .DS_Store, Thumbs.db and the like)",
					"taiwan/dump.json: read from the fields title, content, url, website, date",
					"1 of its 8 articles were rejected")))
			.andExpect(jsonPath("$[0].articles[*].entry").value(contains("seeds/" + Seeds.BBC,
					"seeds/" + Seeds.RFI_COLUMN, "seeds/" + Seeds.GUANCHA, "seeds/" + Seeds.CHINAMIL,
					"seeds/" + Seeds.RFI_NEWS, "taiwan/dump.json#0", "taiwan/dump.json#1", "notes/letter.txt")))
			.andExpect(jsonPath("$[0].articles[*].status").value(
					contains("CREATED", "CREATED", "CREATED", "CREATED", "CREATED", "CREATED", "CREATED", "REJECTED")))
			.andExpect(jsonPath("$[0].articles[*].title").value(contains("北约“东进”设立东京联络处 乌克兰战争催生亚洲“小北约”？",
					"北约秘书长访日：在更危险的世界里，日本可指望北约与你们站在一起", "針對中俄?日媒曝北約擬在東京設立亞洲首個聯絡處",
					"NATO to open liaison office in Tokyo", "北约将提升与亚太伙伴四国关系，探索在网络安全等问题合作", "第一則", "第二則", null)))
			.andExpect(jsonPath("$[0].articles[7].articleId").isEmpty())
			.andExpect(jsonPath("$[0].articles[7].error")
				.value("not in any known format: the text starts \"Dear editor, please find my letter attached.\""))
			.andReturn()
			.getResponse()
			.getContentAsString();

		Integer chinamil = JsonPath.read(result, "$[0].articles[3].articleId");
		this.mvc.perform(get("/api/articles/{id}", chinamil))
			.andExpect(jsonPath("$.source.slug").value("china-military-online"))
			.andExpect(jsonPath("$.origin.file").value("collection.zip"))
			.andExpect(jsonPath("$.origin.entry").value("seeds/" + Seeds.CHINAMIL))
			.andExpect(jsonPath("$.origin.sha256").value(ImportService.sha256(zip)))
			.andExpect(jsonPath("$.origin.parser").value("chinamil-text"));
		this.mvc.perform(get("/articles/{id}/original", chinamil))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("Source\nChina Military Online\nEditor\nLi Jiayao\nTime\n2023-05-12 18:07:23")))
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString("PK\u0003\u0004"))));
		Integer second = JsonPath.read(result, "$[0].articles[6].articleId");
		this.mvc.perform(get("/articles/{id}/original", second))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("第一則的內文。")));
		this.mvc.perform(get("/api/articles/{id}", second))
			.andExpect(jsonPath("$.url").value("https://news.example.tw/2"))
			.andExpect(jsonPath("$.origin.entry").value("taiwan/dump.json#1"))
			.andExpect(jsonPath("$.origin.sha256").value(ImportService.sha256(zip)))
			.andExpect(jsonPath("$.origin.parser").value("json-dump"));

		upload("collection-again.zip", zip).andExpect(jsonPath("$[0].status").value("UNCHANGED"))
			.andExpect(jsonPath("$[0].articles[*].status").value(contains("UNCHANGED", "UNCHANGED", "UNCHANGED",
					"UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED", "REJECTED")))
			.andExpect(jsonPath("$[0].articles[3].articleId").value(chinamil));
		String history = this.mvc.perform(get("/api/admin/imports").with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(history, "$[0:2].files[0].file")).containsExactly("collection-again.zip",
				"collection.zip");
		assertThat(JsonPath.<List<Integer>>read(history, "$[0:2].files[0].rawDocumentId")).hasSize(2)
			.containsOnly(JsonPath.<Integer>read(history, "$[0].files[0].rawDocumentId"));
	}

	@Test
	void aTarATarGzAndAGzOfOneFileAreReadFromTheirBytes() throws Exception {
		byte[] tar = ContainerFiles.tar(Map.of("./articles/1.xml", doc(1)));
		upload("no-extension", tar).andExpect(jsonPath("$[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0].articleId").isEmpty())
			.andExpect(jsonPath("$[0].articles[*].entry").value(contains("articles/1.xml")))
			.andExpect(jsonPath("$[0].articles[0].title").value("第1篇"));

		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("2.xml", doc(2));
		files.put("dump.json", DUMP.replace("news.example.tw", "tgz.example.tw").getBytes(StandardCharsets.UTF_8));
		upload("not-a.zip", ContainerFiles.gzip(ContainerFiles.tar(files)))
			.andExpect(jsonPath("$[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0].articles[*].entry").value(contains("2.xml", "dump.json#0", "dump.json#1")))
			.andExpect(jsonPath("$[0].articles[*].status").value(everyItem(is("CREATED"))));

		byte[] gz = ContainerFiles.gzip(doc(3));
		String single = upload("3.xml.gz", gz).andExpect(jsonPath("$[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0]", not(hasKey("articles"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Integer third = JsonPath.read(single, "$[0].articleId");
		this.mvc.perform(get("/api/articles/{id}", third))
			.andExpect(jsonPath("$.title").value("第3篇"))
			.andExpect(jsonPath("$.url").value("https://www.chinanews.com/gn/2020/04-01/3.shtml"))
			.andExpect(jsonPath("$.origin.file").value("3.xml.gz"))
			.andExpect(jsonPath("$.origin.entry").isEmpty())
			.andExpect(jsonPath("$.origin.parser").value("doc-xml"));
		upload("3-again.xml.gz", gz).andExpect(jsonPath("$[0].status").value("UNCHANGED"))
			.andExpect(jsonPath("$[0].articleId").value(third));

		byte[] gzippedDump = ContainerFiles
			.gzip(DUMP.replace("news.example.tw", "gz.example.tw").getBytes(StandardCharsets.UTF_8));
		upload("dump.json.gz", gzippedDump).andExpect(jsonPath("$[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0].warnings")
				.value(contains("read from the fields title, content, url, website, date")))
			.andExpect(jsonPath("$[0].articles[*].entry").value(contains("0", "1")));
	}

	@Test
	void containersWithinContainersAreEntriesByTheirPaths() throws Exception {
		byte[] inner = ContainerFiles.zip(Map.of("b/4.xml", doc(4)));
		byte[] more = ContainerFiles.gzip(ContainerFiles.tar(Map.of("5.xml", doc(5))));
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("inner.zip", inner);
		files.put("more.tgz", more);
		files.put("picture.png", SampleFiles.PNG);
		files.put("broken.zip", Arrays.copyOf(inner, 40));
		upload("nested.zip", ContainerFiles.zip(files)).andExpect(jsonPath("$[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0].articles[*].entry")
				.value(contains("inner.zip/b/4.xml", "more.tgz/5.xml", "picture.png", "broken.zip")))
			.andExpect(
					jsonPath("$[0].articles[*].status").value(contains("CREATED", "CREATED", "REJECTED", "REJECTED")))
			.andExpect(jsonPath("$[0].articles[2].error").value("the file is a PNG image, not text"))
			.andExpect(jsonPath("$[0].articles[3].error")
				.value(org.hamcrest.Matchers.startsWith("the zip archive cannot be read: ")));
	}

	@Test
	void aContainerNestedTooDeepIsRejectedWholeAndNothingOfItIsStored() throws Exception {
		long before = total();
		byte[] nest = ContainerFiles.zip(Map.of("d.xml", doc(6)));
		for (String level : List.of("c.zip", "b.zip", "a.zip")) {
			Map<String, byte[]> files = new LinkedHashMap<>();
			files.put("first-" + level + ".xml", doc(level.charAt(0)));
			files.put(level, nest);
			nest = ContainerFiles.zip(files);
		}
		upload("42.zip", nest).andExpect(jsonPath("$[0].status").value("REJECTED"))
			.andExpect(jsonPath("$[0]", not(hasKey("articles"))))
			.andExpect(jsonPath("$[0].error").value(
					"containers are nested more than 3 deep (archive.ingest.max-nesting), at \"a.zip/b.zip/c.zip\""));
		assertThat(total()).isEqualTo(before);
	}

	@Test
	void aZipThatUnpacksPastTheLimitIsRejectedWholeAndNothingOfItIsStored() throws Exception {
		long before = total();
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("7.xml", doc(7));
		for (int i = 0; i < 5; i++) {
			files.put("zeros-" + i + ".txt", new byte[250 * 1024]);
		}
		byte[] bomb = ContainerFiles.zip(files);
		assertThat(bomb.length).isLessThan(16 * 1024);
		upload("bomb.zip", bomb).andExpect(jsonPath("$[0].status").value("REJECTED"))
			.andExpect(jsonPath("$[0].error")
				.value("the container unpacks to more than 1,048,576 bytes (archive.ingest.max-unpacked-size)"));
		assertThat(total()).isEqualTo(before);
		this.mvc.perform(get("/api/admin/imports").with(admin()))
			.andExpect(jsonPath("$[0].files[0].status").value("REJECTED"))
			.andExpect(jsonPath("$[0].files[0].rawDocumentId").isNumber());
	}

	@Test
	void aTarGzOfTooManyEntriesIsRejectedWholeAndNothingOfItIsStored() throws Exception {
		long before = total();
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("8.xml", doc(8));
		for (int i = 1; i <= 40; i++) {
			files.put("empty-" + i + ".txt", new byte[0]);
		}
		upload("many.tar.gz", ContainerFiles.gzip(ContainerFiles.tar(files)))
			.andExpect(jsonPath("$[0].status").value("REJECTED"))
			.andExpect(jsonPath("$[0].error").value(
					"the container holds more than 40 entries (archive.ingest.max-entries), the last at \"empty-40.txt\""));
		assertThat(total()).isEqualTo(before);
	}

	@Test
	void aContainerMayBeLargerThanAFileButNotPastItsOwnLimit() throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("11.xml", doc(11));
		files.put("a.png", garbage(150 * 1024, SampleFiles.PNG));
		files.put("b.png", garbage(150 * 1024, SampleFiles.PNG));
		byte[] zip = ContainerFiles.zip(files);
		assertThat(zip.length).isBetween(256 * 1024, 512 * 1024);
		upload("large.zip", zip).andExpect(jsonPath("$[0].status").value("CREATED"))
			.andExpect(jsonPath("$[0].articles[*].status").value(contains("CREATED", "REJECTED", "REJECTED")));

		files.put("c.png", garbage(150 * 1024, SampleFiles.PNG));
		files.put("d.png", garbage(150 * 1024, SampleFiles.PNG));
		byte[] tooLarge = ContainerFiles.zip(files);
		upload("too-large.zip", tooLarge).andExpect(jsonPath("$[0].status").value("REJECTED"))
			.andExpect(jsonPath("$[0].error")
				.value("The file is %d bytes, over the limit of 524288 bytes.".formatted(tooLarge.length)));
		byte[] text = doc(12, "第12篇的正文。".repeat(20_000));
		upload("large.xml", text).andExpect(jsonPath("$[0].status").value("REJECTED"))
			.andExpect(jsonPath("$[0].error")
				.value("The file is %d bytes, over the limit of 262144 bytes.".formatted(text.length)));
	}

	@Test
	void garbageBehindAContainersMagicIsRejectedWithAReason() throws Exception {
		byte[] zipMagic = garbage(200 * 1024, new byte[] { 'P', 'K', 3, 4 });
		byte[] gzipMagic = garbage(200 * 1024, new byte[] { 0x1f, (byte) 0x8b, 8, 0 });
		this.mvc
			.perform(multipart("/api/imports").file(file("garbage.zip", zipMagic))
				.file(file("garbage.gz", gzipMagic))
				.with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].status").value(everyItem(is("REJECTED"))))
			.andExpect(
					jsonPath("$[0].error").value(org.hamcrest.Matchers.startsWith("the zip archive cannot be read: ")))
			.andExpect(jsonPath("$[1].error")
				.value(org.hamcrest.Matchers.startsWith("the gzip archive cannot be read: ")));
	}

	/** A one-article chinanews XML file of its own address. */
	private static byte[] doc(int number) {
		return doc(number, "第%d篇的正文。".formatted(number));
	}

	private static byte[] doc(int number, String body) {
		return """
				<doc><id>%1$d</id><url>https://www.chinanews.com/gn/2020/04-01/%1$d.shtml</url>
				<title>第%1$d篇</title><datetime>2020-04-01 10:00:00</datetime><body>%2$s</body></doc>
				""".formatted(number, body).getBytes(StandardCharsets.UTF_8);
	}

	/** Random bytes, the same at every run, behind the given start. */
	private static byte[] garbage(int length, byte[] start) {
		byte[] bytes = new byte[length];
		new java.util.Random(9).nextBytes(bytes);
		System.arraycopy(start, 0, bytes, 0, start.length);
		return bytes;
	}

	private long total() throws Exception {
		return JsonPath.<Integer>read(
				this.mvc.perform(get("/api/articles")).andReturn().getResponse().getContentAsString(), "$.total");
	}

	private ResultActions upload(String name, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/api/imports").file(file(name, content)).with(admin()))
			.andExpect(status().isOk());
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", "test-password");
	}

}
