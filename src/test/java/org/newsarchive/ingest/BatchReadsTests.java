package org.newsarchive.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.entity.PeopleRecognition;
import org.newsarchive.search.SearchIndexer;
import org.newsarchive.source.SourceCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * What a batch asks once for all its articles rather than once an article: their outlet,
 * their reading back for the index after the commit, and the people of a copy read
 * earlier in the same run. Each test imports files of its own titles.
 */
@ArchiveTest
@TestPropertySource(properties = { "archive.ingest.batch-size=8", "archive.ingest.batch-time=10m" })
class BatchReadsTests {

	@Autowired
	ImportService imports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndexer indexer;

	@MockitoSpyBean
	SourceCatalog sources;

	@MockitoSpyBean
	ArticleQueries articles;

	@MockitoSpyBean
	PeopleRecognition people;

	@Test
	void aBatchOfEightArticlesOfOneOutletLooksItUpOnce() {
		clearInvocations(this.sources);
		List<ImportResult> results = this.imports.importFiles("upload", files("Outlet", 8));
		assertThat(results).extracting(ImportResult::status).containsOnly(ImportStatus.CREATED).hasSize(8);
		verify(this.sources, times(1)).resolve(anyString());
	}

	@Test
	void aBatchIsNotReadBackForTheIndexArticleByArticle() {
		clearInvocations(this.articles);
		List<ImportResult> results = this.imports.importFiles("upload", files("Indexed", 8));
		assertThat(results).extracting(ImportResult::status).containsOnly(ImportStatus.CREATED).hasSize(8);
		verify(this.articles, never()).get(anyLong());
		assertThat(this.indexer.reconcile()).isEqualTo(new SearchIndexer.Report(0, 0));
		assertThat(this.jdbc.queryForObject("select count(*) from articles where title like 'Indexed %'", Long.class))
			.isEqualTo(8);
	}

	@Test
	void aCopyOfAnArticleReadEarlierInTheRunIsNotRecognisedAgain() {
		List<IncomingFile> files = new ArrayList<>(files("Copied", 2));
		// the same bytes again under another name: read ahead before the first is stored
		files.add(new IncomingFile("copied-again.txt", files.get(0).content()));
		List<ImportResult> results = this.imports.importFiles("upload", files);
		assertThat(results).extracting(ImportResult::status)
			.containsExactly(ImportStatus.CREATED, ImportStatus.CREATED, ImportStatus.UNCHANGED);
		verify(this.people, times(1)).recognise(argThat((article) -> article.title().equals("Copied 1")));
		verify(this.people, times(1)).recognise(argThat((article) -> article.title().equals("Copied 2")));
	}

	/** Files of one China Military Online article each, titled {@code title 1} on. */
	private static List<IncomingFile> files(String title, int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj((i) -> new IncomingFile("%s-%02d.txt".formatted(title.toLowerCase(), i),
					("%s %d\n\n标题\n\nSource\nChina Military Online\nEditor\nLi Jiayao\nTime\n2023-05-12 18:07:23\n\n"
							+ "NATO plans an office %d.\n\n北约秘书长斯托尔滕贝格会见日本首相岸田文雄。\n")
						.formatted(title, i, i)
						.getBytes(StandardCharsets.UTF_8)))
			.toList();
	}

}
