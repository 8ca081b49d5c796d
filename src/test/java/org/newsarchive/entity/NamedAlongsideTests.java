package org.newsarchive.entity;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.search.ArchiveFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people named alongside a person are counted over that person's newest articles
 * only: four uploaded articles naming Jens Stoltenberg, newer than the seeds that name
 * him too, the newest naming Putin, the next Putin and Biden, the next Putin, Biden and
 * Kishida, the oldest Kishida.
 */
@ArchiveTest
@DirtiesContext
class NamedAlongsideTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityDirectory directory;

	private long stoltenberg;

	@BeforeEach
	void fourArticlesNamingStoltenberg() throws Exception {
		List<String> others = List.of("Fumio Kishida", "Fumio Kishida, Joe Biden and Vladimir Putin",
				"Joe Biden and Vladimir Putin", "Vladimir Putin");
		for (int i = 1; i <= others.size(); i++) {
			ArchiveFiles.upload(this.mvc, "wombat-" + i + ".jsonl",
					List.of(new ArchiveFiles.Item("Wombat summit " + i,
							"Jens Stoltenberg met " + others.get(i - 1) + " at wombat summit " + i + ".",
							"2024-08-0" + i, "https://wombat.example/" + i, "Wombat Daily")));
		}
		this.stoltenberg = entity("jens-stoltenberg");
	}

	@Test
	void onlyThePersonsNewestArticlesAreCounted() {
		assertThat(alongside(1)).containsExactly(entity("vladimir-putin") + ":1");
		assertThat(alongside(2)).containsExactly(entity("vladimir-putin") + ":2", entity("joe-biden") + ":1");
		assertThat(alongside(3)).containsExactly(entity("vladimir-putin") + ":3", entity("joe-biden") + ":2",
				entity("fumio-kishida") + ":1");
	}

	@Test
	void thePersonIsNeverNamedAlongsideThemself() {
		List<EntitySummary> everyone = this.directory.alongside(this.stoltenberg, 1000);
		assertThat(everyone).extracting(EntitySummary::id).isNotEmpty().doesNotContain(this.stoltenberg);
		assertThat(everyone).extracting(EntitySummary::type).containsOnly(EntityType.PERSON);
	}

	private List<String> alongside(int newestArticles) {
		return this.directory.alongside(this.stoltenberg, newestArticles)
			.stream()
			.map((person) -> person.id() + ":" + person.articleCount())
			.toList();
	}

	private long entity(String key) {
		return this.jdbc.queryForObject("select id from entities where key = ?", Long.class, key);
	}

}
