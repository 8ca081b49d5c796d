package org.newsarchive.search;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A facet shows its most frequent values and says when there are more, never every value;
 * asking for more of one facet shows more of it.
 */
@ArchiveTest
@DirtiesContext
class BoundedFacetsTests {

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void twelveOutletsReportingTheSameWord() throws Exception {
		List<ArchiveFiles.Item> items = new ArrayList<>();
		for (int outlet = 1; outlet <= 12; outlet++) {
			// Outlet 1 has one article, outlet 2 two, … so that the order is certain.
			for (int n = 1; n <= outlet; n++) {
				items.add(new ArchiveFiles.Item("Zanzibarite report " + outlet + "-" + n,
						"The zanzibarite mine reopened, report " + outlet + " number " + n + ".",
						"2024-03-0" + (1 + n % 9), "https://outlet" + outlet + ".example/" + n, "Outlet " + outlet));
			}
		}
		ArchiveFiles.upload(this.mvc, "outlets.jsonl", items);
	}

	@Test
	void theSourceFacetListsTheTenLargestAndCountsThemAll() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "zanzibarite"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(78))
			.andExpect(jsonPath("$.facets.source[*].label").value(contains("Outlet 12", "Outlet 11", "Outlet 10",
					"Outlet 9", "Outlet 8", "Outlet 7", "Outlet 6", "Outlet 5", "Outlet 4", "Outlet 3")))
			.andExpect(jsonPath("$.facets.source[0].count").value(12))
			.andExpect(jsonPath("$.moreFacets").value(contains("source")));
	}

	@Test
	void askingForMoreOfAFacetShowsMoreOfIt() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "zanzibarite").param("more", "source"))
			.andExpect(jsonPath("$.facets.source.length()").value(12))
			.andExpect(jsonPath("$.facets.source[11].label").value("Outlet 1"))
			.andExpect(jsonPath("$.facets.source[11].count").value(1))
			.andExpect(jsonPath("$.moreFacets").isEmpty());
	}

	@Test
	void thePeopleFacetOfTheSeedsListsTenOfThemAll() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "北约"))
			.andExpect(jsonPath("$.facets.person.length()").value(10))
			.andExpect(jsonPath("$.facets.person[0:2].label").value(containsInAnyOrder("斯托尔滕贝格", "岸田文雄")))
			.andExpect(jsonPath("$.facets.person[0:2].count").value(contains(5, 5)))
			.andExpect(jsonPath("$.moreFacets").value(contains("person")));
		this.mvc.perform(get("/api/search").param("q", "北约").param("more", "person"))
			.andExpect(jsonPath("$.facets.person.length()").value(28))
			.andExpect(jsonPath("$.moreFacets").isEmpty());
	}

	@Test
	void theSearchPageShowsTenSourcesAndALinkToTheRest() throws Exception {
		this.mvc.perform(get("/search").param("q", "zanzibarite"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("source=outlet3-example\">Outlet 3</a>")))
			.andExpect(content().string(not(containsString("source=outlet2-example\""))))
			.andExpect(content().string(containsString("href=\"/search?q=zanzibarite&amp;more=source\"")));
		this.mvc.perform(get("/search").param("q", "zanzibarite").param("more", "source"))
			.andExpect(content().string(containsString("source=outlet1-example\">Outlet 1</a>")));
	}

}
