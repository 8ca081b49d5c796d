package org.newsarchive.search;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ArticleIndexTests {

	@Test
	void indexedArticlesSurviveClosingAndReopeningAFolder(@TempDir Path folder) throws IOException {
		try (ArticleIndex index = new ArticleIndex(folder)) {
			index.index(ArticleSearchTests.article(1)
				.source("guancha", "观察者网 Guancha")
				.languages("zh-Hant")
				.title("日媒曝北約擬在東京設立亞洲首個聯絡處")
				.version(4)
				.build());
		}
		try (ArticleIndex index = new ArticleIndex(folder)) {
			assertThat(index.count()).isEqualTo(1);
			assertThat(index.indexedVersions()).containsExactly(entry(1L, 4L));
			assertThat(new ArticleSearch(index).search(SearchQuery.text("北约联络处")).total()).isZero();
			assertThat(new ArticleSearch(index).search(SearchQuery.text("北约 联络处")).hits())
				.extracting(SearchResult.Hit::id)
				.containsExactly(1L);
		}
	}

}
