package org.newsarchive.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.article.Published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ArticleSearchTests {

	private ByteBuffersDirectory directory;

	private ArticleIndex index;

	private ArticleSearch search;

	@BeforeEach
	void indexArticles() throws IOException {
		this.directory = new ByteBuffersDirectory();
		this.index = new ArticleIndex(this.directory);
		this.search = new ArticleSearch(this.index);
		this.index.indexAll(List.of(
				article(1).source("bbc-chinese", "BBC News 中文")
					.languages("zh-Hans")
					.published(Published.inferredYear(Year.of(2023), "captions"))
					.title("北约“东进”设立东京联络处")
					.lede("作为全球最大的跨国军事联盟，北约计划在东京设立联络处。")
					.body("中国外交部立即抨击北约此举将破坏区域稳定。", "zh-Hans")
					.body("日本首相岸田文雄表示欢迎。", "zh-Hans")
					.people(101, 103)
					.build(),
				article(2).source("guancha", "观察者网 Guancha")
					.languages("zh-Hant")
					.published(Published.inferredDay(LocalDate.of(2023, 5, 3), "news list"))
					.title("日媒曝北約擬在東京設立亞洲首個聯絡處")
					.body("(觀察者網訊)據《日經亞洲》3日報道，北約擬在東京設立聯絡處。", "zh-Hant")
					.body("岸田文雄曾與斯托爾滕貝格會面。", "zh-Hant")
					.people(101, 102)
					.build(),
				article(3).source("china-military-online", "China Military Online 中国军网")
					.languages("en", "zh-Hans")
					.published(Published.stated(OffsetDateTime.parse("2023-05-12T18:07:23+08:00"),
							Published.Precision.SECOND, "Time"))
					.title("NATO to open liaison office in Tokyo")
					.otherTitle("北约将在日本设立联络机构")
					.body("According to Japanese media reports, NATO will open a liaison office in Tokyo.", "en")
					.body("据日本媒体报道，北约将在东京开设联络处。", "zh-Hans")
					.caption("Fumio Kishida meets Jens Stoltenberg.", "en")
					.caption("岸田文雄会见斯托尔滕贝格。", "zh-Hans")
					.people(101)
					.build(),
				article(4).source("reuters", "Reuters")
					.languages("en")
					.published(Published.stated(OffsetDateTime.parse("2022-12-31T20:00-05:00"),
							Published.Precision.MINUTE, "dateline"))
					.title("Allies weigh Asian partnerships")
					.body("Diplomats said the alliance is weighing closer ties with partners in Asia.", "en")
					.body("Kishida is expected to attend the summit.", "en")
					.build(),
				article(5).source("rfi-chinese", "RFI 法广中文")
					.languages("zh-Hans")
					.published(Published.stated(OffsetDateTime.parse("2023-02-18T08:04+01:00"),
							Published.Precision.MINUTE, "byline"))
					.title("北约秘书长访日")
					.lede("斯托尔滕贝格抵达东京。")
					.body("这四个字是岸、田、文、雄。雄鹰在飞翔。", "zh-Hans")
					.build(),
				article(6).source("rfi-chinese", "RFI 法广中文")
					.languages("zh-Hans")
					.published(Published.inferredMonth(YearMonth.of(2023, 6), "url"))
					.title("北约亚太伙伴")
					.body("有读者在评论里写了<script>alert('北约')</script>和Tom & Jerry。", "zh-Hans")
					.build(),
				article(7).source("reuters", "Reuters")
					.languages("en")
					.title("Opinion: the alliance looks east")
					.body("Analysts question whether NATO offices belong in Asia.", "en")
					.build()));
	}

	@AfterEach
	void closeIndex() throws IOException {
		this.index.close();
		this.directory.close();
	}

	@Test
	void simplifiedQueryFindsTraditionalTextAndViceVersa() {
		assertThat(ids(SearchQuery.text("北约").withSort(SearchQuery.Sort.OLDEST))).containsExactly(1L, 5L, 2L, 3L, 6L);
		assertThat(ids(SearchQuery.text("北約").withSort(SearchQuery.Sort.OLDEST))).containsExactly(1L, 5L, 2L, 3L, 6L);
		assertThat(ids(SearchQuery.text("設立聯絡處").withSort(SearchQuery.Sort.OLDEST))).containsExactly(1L, 2L);
		assertThat(ids(SearchQuery.text("设立联络处").withSort(SearchQuery.Sort.OLDEST))).containsExactly(1L, 2L);
	}

	@Test
	void chineseNameMatchesOnlyAsAWhole() {
		// Article 5 has 岸, 田, 文 and 雄, but apart.
		assertThat(ids(SearchQuery.text("岸田文雄").withSort(SearchQuery.Sort.OLDEST))).containsExactly(1L, 2L, 3L);
	}

	@Test
	void quotedPhraseMatchesOnlyInItsOrder() {
		assertThat(ids(SearchQuery.text("\"liaison office\""))).containsExactly(3L);
		assertThat(ids(SearchQuery.text("\"office liaison\""))).isEmpty();
	}

	@Test
	void minusExcludesAndOrWidens() {
		assertThat(ids(SearchQuery.text("北约 -岸田文雄").withSort(SearchQuery.Sort.OLDEST))).containsExactly(5L, 6L);
		assertThat(ids(SearchQuery.text("-北约").withSort(SearchQuery.Sort.OLDEST))).containsExactly(4L, 7L);
		assertThat(ids(SearchQuery.text("Kishida OR 雄鹰").withSort(SearchQuery.Sort.OLDEST))).containsExactly(4L, 5L,
				3L);
		assertThat(ids(SearchQuery.text("Kishida 雄鹰"))).isEmpty();
	}

	@Test
	void englishWordsAreStemmed() {
		assertThat(ids(SearchQuery.text("offices").withSort(SearchQuery.Sort.OLDEST))).containsExactly(3L, 7L);
		assertThat(ids(SearchQuery.text("Office").withSort(SearchQuery.Sort.OLDEST))).containsExactly(3L, 7L);
		assertThat(ids(SearchQuery.text("weighed"))).containsExactly(4L);
	}

	@Test
	void relevanceRanksTitleMatchesFirst() {
		assertThat(ids(SearchQuery.text("alliance"))).containsExactly(7L, 4L);
		assertThat(ids(SearchQuery.text("Kishida"))).containsExactly(4L, 3L);
	}

	@Test
	void filtersBySource() {
		assertThat(ids(SearchQuery.text("北约").withSources(Set.of("rfi-chinese")).withSort(SearchQuery.Sort.OLDEST)))
			.containsExactly(5L, 6L);
		assertThat(ids(SearchQuery.text("").withSources(Set.of("reuters", "guancha")))).containsExactly(4L, 2L, 7L);
	}

	@Test
	void dateRangeMatchesArticlesWhosePeriodOverlapsIt() {
		SearchQuery browse = SearchQuery.text(null);
		// Article 1 is dated only to 2023, so it falls in every range touching 2023.
		assertThat(ids(browse.withDates(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31)))).containsExactly(1L, 2L,
				3L);
		assertThat(ids(browse.withDates(LocalDate.of(2023, 6, 15), LocalDate.of(2023, 6, 15)))).containsExactly(1L, 6L);
		// Article 4 is 2022-12-31 at 20:00 in New York, already 2023 in UTC: its own
		// calendar day counts.
		assertThat(ids(browse.withDates(null, LocalDate.of(2022, 12, 31)))).containsExactly(4L);
		assertThat(ids(browse.withDates(LocalDate.of(2023, 1, 1), null))).containsExactly(1L, 5L, 2L, 3L, 6L);
	}

	@Test
	void filtersByLanguageAndBilingualArticlesMatchEach() {
		assertThat(ids(SearchQuery.text(null).withLang("zh-Hant"))).containsExactly(2L);
		assertThat(ids(SearchQuery.text(null).withLang("zh-hant"))).containsExactly(2L);
		assertThat(ids(SearchQuery.text(null).withLang("en"))).containsExactly(4L, 3L, 7L);
		assertThat(ids(SearchQuery.text(null).withLang("zh"))).containsExactly(1L, 5L, 2L, 3L, 6L);
	}

	@Test
	void filtersByPeopleWhoMustAllBeMentioned() {
		assertThat(ids(SearchQuery.text(null).withPersonIds(Set.of(101L)))).containsExactly(1L, 2L, 3L);
		assertThat(ids(SearchQuery.text(null).withPersonIds(Set.of(101L, 102L)))).containsExactly(2L);
	}

	@Test
	void countsFacetsOverTheWholeResultSet() {
		SearchResult all = this.search.search(SearchQuery.text(null).withPage(1, 1));
		assertThat(all.total()).isEqualTo(7);
		assertThat(all.hits()).hasSize(1);
		assertThat(all.facets().source()).containsExactly(facet("reuters", 2), facet("rfi-chinese", 2),
				facet("bbc-chinese", 1), facet("china-military-online", 1), facet("guancha", 1));
		assertThat(all.facets().month()).containsExactly(facet("2022-12", 1), facet("2023-02", 1), facet("2023-05", 2),
				facet("2023-06", 1));
		assertThat(all.facets().language()).containsExactly(facet("zh-Hans", 4), facet("en", 3), facet("zh-Hant", 1));
		assertThat(all.facets().person()).containsExactly(facet("101", 3), facet("102", 1), facet("103", 1));

		SearchResult nato = this.search.search(SearchQuery.text("北约"));
		assertThat(nato.facets().source()).containsExactly(facet("rfi-chinese", 2), facet("bbc-chinese", 1),
				facet("china-military-online", 1), facet("guancha", 1));
	}

	@Test
	void sortsByDateWithUndatedArticlesLast() {
		assertThat(ids(SearchQuery.text(null))).containsExactly(1L, 4L, 5L, 2L, 3L, 6L, 7L);
		assertThat(ids(SearchQuery.text(null).withSort(SearchQuery.Sort.OLDEST))).containsExactly(1L, 4L, 5L, 2L, 3L,
				6L, 7L);
		assertThat(ids(SearchQuery.text(null).withSort(SearchQuery.Sort.NEWEST))).containsExactly(6L, 3L, 2L, 5L, 4L,
				1L, 7L);
		assertThat(ids(SearchQuery.text("北约").withSort(SearchQuery.Sort.NEWEST))).containsExactly(6L, 3L, 2L, 5L, 1L);
	}

	@Test
	void pagesThroughTheResults() {
		SearchResult second = this.search.search(SearchQuery.text(null).withPage(2, 2));
		assertThat(second.total()).isEqualTo(7);
		assertThat(second.page()).isEqualTo(2);
		assertThat(second.size()).isEqualTo(2);
		assertThat(second.hits()).extracting(SearchResult.Hit::id).containsExactly(5L, 2L);
		assertThat(this.search.search(SearchQuery.text(null).withPage(4, 2)).hits()).extracting(SearchResult.Hit::id)
			.containsExactly(7L);
		assertThat(this.search.search(SearchQuery.text(null).withPage(5, 2)).hits()).isEmpty();
	}

	@Test
	void snippetsMarkMatchesInTheOriginalScript() {
		assertThat(snippet(SearchQuery.text("北约"), 2)).isEqualTo("(觀察者網訊)據《日經亞洲》3日報道，<mark>北約</mark>擬在東京設立聯絡處。");
		assertThat(snippet(SearchQuery.text("岸田文雄"), 2)).isEqualTo("<mark>岸田文雄</mark>曾與斯托爾滕貝格會面。");
		assertThat(snippet(SearchQuery.text("offices"), 3))
			.isEqualTo("According to Japanese media reports, NATO will open a liaison <mark>office</mark> in Tokyo.");
	}

	@Test
	void aSnippetIsMarkedOncePerQueryAndVersionOfTheArticle() {
		assertThat(snippet(SearchQuery.text("岸田文雄"), 2)).isEqualTo("<mark>岸田文雄</mark>曾與斯托爾滕貝格會面。");
		// Other text under the same version, which no store writes: its snippet was kept.
		this.index.index(guancha(2).body("岸田文雄抵達東京。", "zh-Hant").version(1).build());
		assertThat(snippet(SearchQuery.text("岸田文雄"), 2)).isEqualTo("<mark>岸田文雄</mark>曾與斯托爾滕貝格會面。");
		assertThat(snippet(SearchQuery.text("東京"), 2)).isEqualTo("岸田文雄抵達<mark>東京</mark>。");
		this.index.index(guancha(2).body("岸田文雄抵達東京。", "zh-Hant").version(2).build());
		assertThat(snippet(SearchQuery.text("岸田文雄"), 2)).isEqualTo("<mark>岸田文雄</mark>抵達東京。");
	}

	private static ArticleBuilder guancha(long id) {
		return article(id).source("guancha", "观察者网 Guancha").languages("zh-Hant").title("岸田文雄");
	}

	@Test
	void snippetsEscapeStoredHtml() {
		assertThat(snippet(SearchQuery.text("script"), 6)).isEqualTo(
				"有读者在评论里写了&lt;<mark>script</mark>&gt;alert(&#39;北约&#39;)&lt;/<mark>script</mark>&gt;和Tom &amp; Jerry。");
		assertThat(snippet(SearchQuery.text(null), 6))
			.isEqualTo("有读者在评论里写了&lt;script&gt;alert(&#39;北约&#39;)&lt;/script&gt;和Tom &amp; Jerry。");
	}

	@Test
	void snippetFallsBackToTheOpeningOfLedeOrBody() {
		assertThat(snippet(SearchQuery.text(null), 1)).isEqualTo("作为全球最大的跨国军事联盟，北约计划在东京设立联络处。");
		assertThat(snippet(SearchQuery.text(null), 2)).isEqualTo("(觀察者網訊)據《日經亞洲》3日報道，北約擬在東京設立聯絡處。");
		// A match in the title alone leaves nothing to mark in lede or body.
		assertThat(snippet(SearchQuery.text("partnerships"), 4))
			.isEqualTo("Diplomats said the alliance is weighing closer ties with partners in Asia.");
	}

	@Test
	void updatingAnArticleReplacesItsEntry() {
		this.index.index(article(7).source("reuters", "Reuters")
			.languages("en")
			.title("Opinion: the alliance turns to the Pacific")
			.body("Nothing about offices any more.", "en")
			.version(2)
			.build());
		assertThat(this.index.count()).isEqualTo(7);
		assertThat(this.index.indexedVersions()).containsEntry(7L, 2L).containsEntry(1L, 1L).hasSize(7);
		assertThat(ids(SearchQuery.text("Pacific"))).containsExactly(7L);
		assertThat(ids(SearchQuery.text("Asia"))).containsExactly(4L);
	}

	@Test
	void deletesOneOrAllArticles() {
		this.index.delete(7);
		this.index.delete(99);
		assertThat(this.index.count()).isEqualTo(6);
		assertThat(this.index.indexedVersions()).doesNotContainKey(7L).hasSize(6);
		assertThat(ids(SearchQuery.text("offices"))).containsExactly(3L);
		this.index.deleteAll();
		assertThat(this.index.count()).isZero();
		assertThat(this.search.search(SearchQuery.text(null)).total()).isZero();
	}

	@Test
	void fieldSyntaxIsReadAsPlainText() {
		assertThat(ids(SearchQuery.text("title:"))).isEmpty();
		assertThat(ids(SearchQuery.text("Opinion: alliance"))).containsExactly(7L);
		assertThat(ids(SearchQuery.text("source:reuters"))).isEmpty();
	}

	@Test
	void refusesMalformedQueriesWithReadableMessages() {
		assertInvalid("\"unbalanced", "A quotation mark is not closed: add the closing \" or remove it.");
		assertInvalid("(北约", "The parentheses do not pair up: close each ( with a ).");
		assertInvalid("AND AND", "The query could not be read: AND, OR and NOT need a word on each side, "
				+ "and a - or + goes right before a word.");
		assertInvalid("*", "* and ? alone are not a search: type a word, or leave the box empty to browse everything.");
		assertInvalid("北约 *ffice", "A word cannot start with * or ?: put them at the end of a word, as in offic*.");
		assertInvalid("w ".repeat(200), "The query has too many words; search for fewer.");
		assertInvalid("北".repeat(5000),
				"The query is 5000 characters long; the limit is 500. Search for a few distinctive words instead.");
	}

	@Test
	void acceptsTrailingWildcards() {
		assertThat(ids(SearchQuery.text("offic*").withSort(SearchQuery.Sort.OLDEST))).containsExactly(3L, 7L);
	}

	@Test
	void refusesRequestsBeyondThePagingBounds() {
		assertThatInvalid(() -> SearchQuery.text("北约").withPage(101, 100),
				"Only the first 10000 results can be paged through; narrow the search with more words or filters.");
		assertThatInvalid(() -> SearchQuery.text("北约").withPage(1, 101), "A page holds from 1 to 100 results.");
		assertThatInvalid(() -> SearchQuery.text(null).withDates(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 1, 1)),
				"The start date 2023-02-01 is after the end date 2023-01-01.");
	}

	private List<Long> ids(SearchQuery query) {
		return this.search.search(query).hits().stream().map(SearchResult.Hit::id).toList();
	}

	private String snippet(SearchQuery query, long id) {
		return this.search.search(query)
			.hits()
			.stream()
			.filter((hit) -> hit.id() == id)
			.findFirst()
			.orElseThrow()
			.snippet();
	}

	private void assertInvalid(String text, String message) {
		assertThatInvalid(() -> this.search.search(SearchQuery.text(text)), message);
	}

	private static void assertThatInvalid(Runnable request, String message) {
		assertThatExceptionOfType(InvalidQueryException.class).isThrownBy(request::run).withMessage(message);
	}

	private static SearchResult.FacetCount facet(String key, long count) {
		return new SearchResult.FacetCount(key, count);
	}

	static ArticleBuilder article(long id) {
		return new ArticleBuilder(id);
	}

	/** Small hand-built index entries; only what a test cares about has to be said. */
	static final class ArticleBuilder {

		private final long id;

		private String title;

		private String otherTitle;

		private String lede;

		private final List<IndexedArticle.Text> body = new ArrayList<>();

		private final List<IndexedArticle.Text> captions = new ArrayList<>();

		private String sourceSlug;

		private String sourceName;

		private Published published;

		private List<String> languages = List.of();

		private List<Long> people = List.of();

		private long version = 1;

		ArticleBuilder(long id) {
			this.id = id;
		}

		ArticleBuilder title(String title) {
			this.title = title;
			return this;
		}

		ArticleBuilder otherTitle(String otherTitle) {
			this.otherTitle = otherTitle;
			return this;
		}

		ArticleBuilder lede(String lede) {
			this.lede = lede;
			return this;
		}

		ArticleBuilder body(String text, String language) {
			this.body.add(new IndexedArticle.Text(text, language));
			return this;
		}

		ArticleBuilder caption(String text, String language) {
			this.captions.add(new IndexedArticle.Text(text, language));
			return this;
		}

		ArticleBuilder source(String slug, String name) {
			this.sourceSlug = slug;
			this.sourceName = name;
			return this;
		}

		ArticleBuilder published(Published published) {
			this.published = published;
			return this;
		}

		ArticleBuilder languages(String... languages) {
			this.languages = List.of(languages);
			return this;
		}

		ArticleBuilder people(long... ids) {
			this.people = Arrays.stream(ids).boxed().toList();
			return this;
		}

		ArticleBuilder version(long version) {
			this.version = version;
			return this;
		}

		IndexedArticle build() {
			return new IndexedArticle(this.id, this.title, this.otherTitle, this.lede, this.body, this.captions,
					List.of(), this.sourceSlug, this.sourceName,
					(this.published != null) ? this.published.earliest().toInstant().toEpochMilli() : null,
					(this.published != null) ? this.published.precision().name() : null,
					(this.published != null) ? this.published.value() : null, this.languages, this.people,
					this.people.stream().map((person) -> "person " + person).toList(), this.version);
		}

	}

}
