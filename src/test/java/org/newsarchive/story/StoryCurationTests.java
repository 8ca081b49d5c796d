package org.newsarchive.story;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators split, move and merge through {@code /api/admin/stories}, and their
 * decisions outlast re-clustering and re-import. An archive of its own: it changes the
 * seeds' stories.
 */
@ArchiveTest
@TestPropertySource(properties = "archive.test.archive=story-curation")
class StoryCurationTests {

	@Autowired
	Stories stories;

	@Autowired
	StoryCuration curation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void decisionsOutlastReclusteringAndReimport() throws Exception {
		long bbc = SeedArticles.id(this.jdbc, "000");
		long guancha = SeedArticles.id(this.jdbc, "002");
		long bilingual = SeedArticles.id(this.jdbc, "003");
		long june = SeedArticles.id(this.jdbc, "004");
		long story = this.stories.storyOf(bbc).orElseThrow().id();
		this.mvc
			.perform(post("/api/admin/stories/{id}/split", story).contentType(MediaType.APPLICATION_JSON)
				.content("{\"articleIds\":[" + bilingual + "]}"))
			.andExpect(status().isUnauthorized());
		String split = this.mvc
			.perform(post("/api/admin/stories/{id}/split", story).contentType(MediaType.APPLICATION_JSON)
				.content("{\"articleIds\":[" + bilingual + "]}")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("NATO to open liaison office in Tokyo"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long splitOff = Long.parseLong(split.replaceAll(".*\"id\":(\\d+).*", "$1"));
		this.mvc
			.perform(post("/api/admin/stories/{id}/articles/{article}", story, june)
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk());
		assertThat(storyOf(bbc, guancha, bilingual, june)).containsExactly(story, story, splitOff, story);

		this.curation.recluster();
		assertThat(storyOf(bbc, guancha, bilingual, june)).containsExactly(story, story, splitOff, story);

		reimportEdited("004_60f1b6b1adb64af0.txt");
		reimportEdited("003_58561484b8c72d53.txt");
		assertThat(storyOf(bbc, guancha, bilingual, june)).containsExactly(story, story, splitOff, story);

		this.mvc
			.perform(post("/api/admin/stories/{id}/merge", splitOff).contentType(MediaType.APPLICATION_JSON)
				.content("{\"into\":" + story + "}")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk());
		this.curation.recluster();
		assertThat(storyOf(bbc, guancha, bilingual, june)).containsExactly(story, story, story, story);
		assertThatExceptionOfType(StoryNotFoundException.class).isThrownBy(() -> this.stories.story(splitOff));
		assertThat(this.stories.story(story).timeline()).extracting((a) -> a.reason().pinned())
			.containsExactly(true, true, true, true);
	}

	@Test
	void aSplitTakesSomeButNotAllArticles() {
		long story = this.stories.storyOf(SeedArticles.id(this.jdbc, "000")).orElseThrow().id();
		List<Long> all = this.jdbc.sql("select article_id from story_members where story_id = :id")
			.param("id", story)
			.query(Long.class)
			.list();
		assertThatExceptionOfType(StoryCurationException.class)
			.isThrownBy(() -> this.curation.split(story, java.util.Set.copyOf(all)));
		assertThatExceptionOfType(StoryCurationException.class)
			.isThrownBy(() -> this.curation.split(story, java.util.Set.of(SeedArticles.id(this.jdbc, "001"))));
	}

	/** The seed file with one word changed: stored again as a new revision. */
	private void reimportEdited(String name) throws Exception {
		String text = Files.readString(Path.of("seeds", name), StandardCharsets.UTF_8).replaceFirst("北约", "北大西洋公约组织");
		this.mvc
			.perform(multipart("/api/imports")
				.file(new MockMultipartFile("file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("UPDATED"));
	}

	private List<Long> storyOf(long... articleIds) {
		return java.util.Arrays.stream(articleIds)
			.mapToObj((id) -> this.stories.storyOf(id).map(StoryRef::id).orElse(null))
			.toList();
	}

}
