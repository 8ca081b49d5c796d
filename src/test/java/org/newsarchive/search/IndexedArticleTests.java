package org.newsarchive.search;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.newsarchive.article.ArticleView;
import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.Image;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.source.SourceRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class IndexedArticleTests {

	private static final ParsedArticle BILINGUAL = new ParsedArticle("china-military-online",
			"NATO to open liaison office in Tokyo", "北约将在日本设立联络机构", null, null,
			List.of(new Contributor("Wen Weiru", Contributor.Role.AUTHOR, "文威入", null),
					new Contributor("Li Jiayao", Contributor.Role.EDITOR)),
			Published.stated(OffsetDateTime.parse("2023-05-12T18:07:23+08:00"), Published.Precision.SECOND, "Time"),
			null, List.of("en", "zh-Hans"), null,
			List.of(new Block(Block.Kind.PARAGRAPH, "According to Japanese media reports, NATO will open an office.",
					"en", 1, null), new Block(Block.Kind.PARAGRAPH, "据日本媒体报道，北约将设立联络处。", "zh-Hans", 1, null),
					Block.image(0)),
			List.of(new Image(null, null, "Fumio Kishida meets Jens Stoltenberg in Tokyo.", "日本首相岸田文雄在东京会见斯托尔滕贝格。",
					"Reuters")),
			0, List.of(), "chinamil-text");

	static ArticleView view(long id, ParsedArticle parsed) {
		return new ArticleView(id, parsed.title(), parsed.otherTitle(),
				new SourceRef(parsed.sourceSlug(), "China Military Online 中国军网"), parsed.url(), parsed.section(),
				parsed.contributors(), parsed.published(), parsed.languages(), parsed.lede(), parsed.body(),
				parsed.images(), List.of(), null);
	}

	@Test
	void takesTextDatesAndNamesFromAStoredArticle() {
		IndexedArticle article = IndexedArticle.from(view(8, BILINGUAL), 3, List.of(), List.of());
		assertThat(article.body()).containsExactly(
				new IndexedArticle.Text("According to Japanese media reports, NATO will open an office.", "en"),
				new IndexedArticle.Text("据日本媒体报道，北约将设立联络处。", "zh-Hans"));
		assertThat(article.captions()).containsExactly(
				new IndexedArticle.Text("Fumio Kishida meets Jens Stoltenberg in Tokyo.", "en"),
				new IndexedArticle.Text("日本首相岸田文雄在东京会见斯托尔滕贝格。", "zh"));
		assertThat(article.authorNames()).containsExactly("Wen Weiru", "文威入", "Li Jiayao");
		assertThat(article.publishedEarliest()).isEqualTo(1683886043000L);
		assertThat(article.publishedPrecision()).isEqualTo("SECOND");
		assertThat(article.publishedValue()).isEqualTo("2023-05-12T18:07:23+08:00");
		assertThat(article.languages()).containsExactly("en", "zh-Hans");
		assertThat(article.personIds()).isEmpty();
		assertThat(article.version()).isEqualTo(3);
	}

	@Test
	void parsedArticleIsFoundByItsOtherTitleCaptionAndAuthor() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				ArticleIndex index = new ArticleIndex(directory)) {
			index.index(IndexedArticle.from(view(8, BILINGUAL), 3, List.of(), List.of()));
			ArticleSearch search = new ArticleSearch(index);
			for (String text : List.of("联络机构", "聯絡機構", "Kishida", "斯托爾滕貝格", "文威入", "offices")) {
				assertThat(search.search(SearchQuery.text(text)).hits()).extracting(SearchResult.Hit::id)
					.as(text)
					.containsExactly(8L);
			}
			assertThat(index.indexedVersions()).containsExactly(entry(8L, 3L));
		}
	}

}
