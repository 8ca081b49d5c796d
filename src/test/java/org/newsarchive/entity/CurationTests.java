package org.newsarchive.entity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An administrator's corrections hold through re-ingestion and reach the search. */
@ArchiveTest
@DirtiesContext
class CurationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMergeHoldsWhenTheArticleIsIngestedAgain() throws Exception {
		long ambassador = id("彼得·塔克索-延森");
		long stoltenberg = id("Stoltenberg");
		this.mvc.perform(post("/api/admin/people/{id}/merge", ambassador).param("into", "" + stoltenberg))
			.andExpect(status().isUnauthorized());
		// Wrong on purpose: the point is that the archive keeps what the administrator
		// said.
		this.mvc
			.perform(post("/api/admin/people/{id}/merge", ambassador).param("into", "" + stoltenberg)
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.names.*[*]").value(org.hamcrest.Matchers.hasItem("彼得·塔克索-延森")));

		byte[] guancha = Files.readAllBytes(Path.of("seeds", "002_164af92ece23cc05.txt"));
		// A corrected copy: the article is stored again and its people are recognised
		// again; a copy of the same content would leave it unchanged.
		byte[] changed = new String(guancha, StandardCharsets.UTF_8).replace("截圖", "截屏")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(changed).isNotEqualTo(guancha);
		this.mvc
			.perform(multipart("/api/imports")
				.file(new MockMultipartFile("file", "002-again.txt", "text/plain", changed))
				.with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$[0].status").value("UPDATED"));

		String guanchaArticle = this.mvc.perform(get("/api/search").param("q", "塔克索-延森"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Integer articleId = JsonPath.read(guanchaArticle, "$.items[0].id");
		List<Integer> peopleIds = JsonPath.read(
				this.mvc.perform(get("/api/articles/{id}", articleId)).andReturn().getResponse().getContentAsString(),
				"$.people[*].id");
		assertThat(peopleIds).contains((int) stoltenberg).doesNotContain((int) ambassador);
		this.mvc.perform(get("/api/people/{id}", ambassador)).andExpect(jsonPath("$.id").value(stoltenberg));
		this.mvc.perform(get("/api/search").param("q", "Stoltenberg"))
			.andExpect(jsonPath("$.alsoSearched").value(org.hamcrest.Matchers.hasItem("彼得·塔克索-延森")));
	}

	@Test
	void anAddedNameIsSearchedAndARemovedOneIsNotLearnedAgain() throws Exception {
		long maoNing = id("毛宁");
		this.mvc
			.perform(post("/api/admin/people/{id}/names", maoNing).param("name", "Mao Ning (spokeswoman)")
				.with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$.names.en").value(org.hamcrest.Matchers.hasItem("Mao Ning (spokeswoman)")));
		this.mvc
			.perform(post("/api/admin/people/{id}/names/remove", maoNing).param("name", "毛寧")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/admin/reindex").with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/people/{id}", maoNing)).andExpect(jsonPath("$.names['zh-Hant']").doesNotExist());
		this.mvc
			.perform(post("/api/admin/people/{id}/type", maoNing).param("type", "ORGANISATION")
				.with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$.type").value("ORGANISATION"));
		this.mvc
			.perform(post("/api/admin/people/{id}/type", maoNing).param("type", "PERSON")
				.with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$.type").value("PERSON"));
		this.mvc
			.perform(post("/api/admin/people/{id}/merge", maoNing).param("into", "" + maoNing)
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aNameIsInOneOfTheScriptsThePagesShow() throws Exception {
		long maoNing = id("毛宁");
		this.mvc
			.perform(post("/api/admin/people/{id}/names", maoNing).param("name", "Mao Ning")
				.param("script", "klingon")
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.detail").value("The script is one of zh-Hans, zh-Hant, zh, en, or empty to guess it."));
		this.mvc
			.perform(post("/api/admin/people/{id}/names", maoNing).param("name", "毛寧女士")
				.param("script", "zh-Hant")
				.with(httpBasic("admin", "test-password")))
			.andExpect(jsonPath("$.names['zh-Hant']").value(org.hamcrest.Matchers.hasItem("毛寧女士")));
	}

	/**
	 * Two administrators merging A into B and B into A at the same time: each change
	 * alone is fine, together they are a cycle, and only the database sees both.
	 */
	@Test
	void theDatabaseRefusesAMergeCycleWhateverTheTiming() throws Exception {
		long a = newEntity("test:cycle-a");
		long b = newEntity("test:cycle-b");
		try (Connection first = this.dataSource.getConnection()) {
			first.setAutoCommit(false);
			merge(first, a, b);
			CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
				try (Connection other = this.dataSource.getConnection()) {
					other.setAutoCommit(false);
					merge(other, b, a);
					other.commit();
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			Thread.sleep(500);
			first.commit();
			assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
				.rootCause()
				.isInstanceOf(SQLException.class);
		}
		assertThat(this.jdbc.queryForList("select merged_into from entities where id in (?, ?) order by id", Long.class,
				a, b))
			.containsExactly(b, null);
		assertThatThrownBy(() -> this.jdbc.update("update entities set merged_into = ? where id = ?", b, b))
			.isInstanceOf(DataIntegrityViolationException.class);
		this.jdbc.update("update entities set merged_into = null where id in (?, ?)", a, b);
	}

	/**
	 * A cycle that got into the database anyway (put there by hand) stops an import, it
	 * does not hang it.
	 */
	@Test
	void aCycleInTheDatabaseDoesNotHangAnImport() throws Exception {
		byte[] seed = Files.readAllBytes(Path.of("seeds", "003_58561484b8c72d53.txt"));
		Integer articleId = JsonPath.read(this.mvc
			.perform(multipart("/api/imports").file(new MockMultipartFile("file", "003.txt", "text/plain", seed))
				.with(httpBasic("admin", "test-password")))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].articleId");
		long named = JsonPath.<Integer>read(
				this.mvc.perform(get("/api/articles/{id}", articleId)).andReturn().getResponse().getContentAsString(),
				"$.people[0].id");
		long other = newEntity("test:cycle-c");
		try (Connection connection = this.dataSource.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("set session_replication_role = replica");
			sql.execute("update entities set merged_into = " + other + " where id = " + named);
			sql.execute("update entities set merged_into = " + named + " where id = " + other);
		}
		try {
			// Other content, so that the article's people are recognised again.
			byte[] changed = new String(seed, StandardCharsets.UTF_8)
				.replace("which will be the first liaison site", "which would be the first liaison site")
				.getBytes(StandardCharsets.UTF_8);
			assertThat(changed).isNotEqualTo(seed);
			assertTimeoutPreemptively(Duration.ofSeconds(30),
					() -> this.mvc
						.perform(multipart("/api/imports")
							.file(new MockMultipartFile("file", "003-again.txt", "text/plain", changed))
							.with(httpBasic("admin", "test-password")))
						.andExpect(status().isOk()));
		}
		finally {
			this.jdbc.update("update entities set merged_into = null where id in (?, ?)", named, other);
		}
	}

	private long newEntity(String key) {
		return this.jdbc.queryForObject("insert into entities (key, type, name) values (?, 'PERSON', ?) returning id",
				Long.class, key, key);
	}

	private static void merge(Connection connection, long id, long into) {
		try (PreparedStatement update = connection
			.prepareStatement("update entities set merged_into = ? where id = ?")) {
			update.setLong(1, into);
			update.setLong(2, id);
			update.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long id(String name) throws Exception {
		return JsonPath.<Integer>read(this.mvc.perform(get("/api/people").param("prefix", name))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].id");
	}

}
