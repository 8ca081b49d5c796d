package org.newsarchive.search;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** {@link SearchRelevanceTests} with OpenSearch as the search engine. */
@OnOpenSearch
class OpenSearchRelevanceTests extends SearchRelevanceTests {

	@Autowired
	SearchIndexer indexer;

	@Autowired
	OpenSearchIndex index;

	@Test
	void aRebuildFillsANewIndexAndMovesTheAliasToIt() throws Exception {
		String before = behindAlias();
		assertThat(this.indexer.rebuild()).isEqualTo(new SearchIndexer.Report(5, 0));
		String after = behindAlias();
		assertThat(after).isNotEqualTo(before).startsWith(this.index.alias() + "-");
		assertThat(this.index.call("HEAD", "/" + before, null, true)).isNull();
		String json = this.mvc.perform(get("/api/search").param("q", "北约"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(json, "$.total")).isEqualTo(5);
	}

	private String behindAlias() {
		return this.index.call("GET", "/_alias/" + this.index.alias(), null, false).propertyNames().iterator().next();
	}

}
