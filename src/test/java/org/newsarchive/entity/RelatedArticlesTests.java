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
 * An article's related articles count, of each person it names, only that person's newest
 * articles: three uploaded articles naming Jens Stoltenberg, after the seeds that name
 * him too.
 */
@ArchiveTest
@DirtiesContext
class RelatedArticlesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityDirectory directory;

	private List<Long> wombats;

	@BeforeEach
	void threeArticlesNamingStoltenberg() throws Exception {
		for (int i = 1; i <= 3; i++) {
			ArchiveFiles.upload(this.mvc, "wombat-" + i + ".jsonl",
					List.of(new ArchiveFiles.Item("Wombat summit " + i,
							"Jens Stoltenberg opened wombat summit " + i + ".", "2024-08-0" + i,
							"https://wombat.example/" + i, "Wombat Daily")));
		}
		this.wombats = this.jdbc
			.queryForList("select id from articles where title like 'Wombat summit %' order by title", Long.class);
	}

	@Test
	void eachPersonsNewestArticlesAreCounted() {
		long first = this.wombats.get(0);
		long second = this.wombats.get(1);
		long third = this.wombats.get(2);
		assertThat(this.directory.relatedArticles(first, 1, 5)).containsExactly(third);
		assertThat(this.directory.relatedArticles(first, 2, 5)).containsExactly(third, second);
		assertThat(this.directory.relatedArticles(third, 2, 5)).containsExactly(second, first);
		assertThat(this.directory.relatedArticles(third, 1, 5)).containsExactly(second);
	}

	@Test
	void withinTheBoundTheNewestOfThoseNamingTheSamePeopleComeFirst() {
		List<Long> seedsNamingHim = this.jdbc.queryForList("""
				select m.article_id from mentions m join entities e on e.id = m.entity_id
				where e.key = 'jens-stoltenberg' and m.article_id < ? order by m.article_id desc""", Long.class,
				this.wombats.get(0));
		assertThat(seedsNamingHim).isNotEmpty();
		assertThat(this.directory.relatedArticles(this.wombats.get(0), 5)).startsWith(this.wombats.get(2),
				this.wombats.get(1), seedsNamingHim.get(0));
	}

}
