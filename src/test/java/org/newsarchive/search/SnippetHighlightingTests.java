package org.newsarchive.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippet marks: phrases found only as bigrams, and matches that touch or overlap. */
class SnippetHighlightingTests {

	@Test
	void marksAPhraseThatOnlyTheBigramFieldMatched() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				ArticleIndex index = new ArticleIndex(directory)) {
			// The lede of seed 000: the segmenter does not cut 设立联络处 here into the
			// words it makes of the query.
			index.index(new IndexedArticle(1, "北约“东进”", null, "今年5月，日本官方证实北约将于7月在东京设立联络处，但同时澄清日本现在无意申请加入北约。", List.of(),
					List.of(), List.of(), "bbc-chinese", "BBC News 中文", null, null, null, List.of("zh-Hans"), List.of(),
					List.of(), 1));
			SearchResult result = new ArticleSearch(index).search(SearchQuery.text("设立联络处"));
			assertThat(result.total()).isEqualTo(1);
			assertThat(result.hits().getFirst().snippet()).contains("在东京<mark>设立联络处</mark>，");
			SearchResult traditional = new ArticleSearch(index).search(SearchQuery.text("設立聯絡處"));
			assertThat(traditional.hits().getFirst().snippet()).contains("<mark>设立联络处</mark>");
		}
	}

	@Test
	void touchingAndOverlappingMatchesAreOneMark() {
		String content = "在东京设立联络处 and <b>";
		Passage passage = new Passage();
		passage.setStartOffset(0);
		passage.setEndOffset(content.length());
		passage.addMatch(3, 5, new BytesRef("设立"), 1);
		passage.addMatch(4, 6, new BytesRef("立联"), 1);
		passage.addMatch(5, 7, new BytesRef("联络"), 1);
		passage.addMatch(6, 8, new BytesRef("络处"), 1);
		passage.addMatch(14, 15, new BytesRef("b"), 1);
		assertThat(new MarkPassageFormatter().format(new Passage[] { passage }, content))
			.isEqualTo("在东京<mark>设立联络处</mark> and &lt;<mark>b</mark>&gt;");
	}

	@Test
	void wordsApartStayApart() {
		String content = "liaison office";
		Passage passage = new Passage();
		passage.setStartOffset(0);
		passage.setEndOffset(content.length());
		passage.addMatch(0, 7, new BytesRef("liaison"), 1);
		passage.addMatch(8, 14, new BytesRef("offic"), 1);
		assertThat(new MarkPassageFormatter().format(new Passage[] { passage }, content))
			.isEqualTo("<mark>liaison</mark> <mark>office</mark>");
	}

}
