package org.newsarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An export reads its articles a batch at a time: the number of database statements does
 * not grow with the number of rows.
 */
@ArchiveTest
@DirtiesContext
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ExportQueryCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void threeAndThirtyArticles() throws Exception {
		List<ArchiveFiles.Item> items = new ArrayList<>();
		for (int n = 1; n <= 3; n++) {
			items.add(new ArchiveFiles.Item("Quokka census " + n, "The quokka census counted island " + n + ".",
					"2024-05-0" + n, "https://few.example/" + n, "Few Outlet"));
		}
		for (int n = 1; n <= 30; n++) {
			items.add(new ArchiveFiles.Item("Wombat census " + n, "The wombat census counted burrow " + n + ".",
					"2024-06-" + (10 + n % 20), "https://many.example/" + n, "Many Outlet"));
		}
		ArchiveFiles.upload(this.mvc, "census.jsonl", items);
	}

	@Test
	void csvOfThirtyRowsTakesAsManyStatementsAsCsvOfThree() throws Exception {
		long three = statements("/search.csv", "quokka", 3 + 1);
		long thirty = statements("/search.csv", "wombat", 30 + 1);
		assertThat(thirty).isEqualTo(three);
	}

	@Test
	void jsonOfThirtyTakesAsManyStatementsAsJsonOfThree() throws Exception {
		long three = statements("/search.json", "quokka", 0);
		long thirty = statements("/search.json", "wombat", 0);
		assertThat(thirty).isEqualTo(three);
	}

	@Test
	void atomOfThirtyTakesAsManyStatementsAsAtomOfThree() throws Exception {
		long three = statements("/search.atom", "quokka", 0);
		long thirty = statements("/search.atom", "wombat", 0);
		assertThat(thirty).isEqualTo(three);
	}

	private long statements(String path, String word, int expectedLines) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		String body = this.mvc.perform(get(path).param("q", word))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long count = statistics.getPrepareStatementCount();
		if (expectedLines > 0) {
			assertThat(body.strip().split("\r\n")).hasSize(expectedLines);
		}
		return count;
	}

}
