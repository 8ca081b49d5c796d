package org.newsarchive.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A window kept up to date as articles arrive, change and leave counts what counting its
 * articles afresh counts.
 */
class StoryPoolTests {

	private static final LocalDate DAY = LocalDate.of(2017, 3, 14);

	private static final LocalDate FROM = DAY.minusDays(10);

	private static final LocalDate TO = DAY.plusDays(10);

	/** The archive's articles as they stand, by id. */
	private final Map<Long, ArticleFeatures> archive = new LinkedHashMap<>();

	private final StoryPool pool = new StoryPool();

	@Test
	void aWindowKeptUpToDateCountsWhatARecountCounts() {
		store(article(1, DAY, DAY, List.of("nato", "tokyo", "office"), 7L));
		store(article(2, DAY.minusDays(3), DAY.minusDays(3), List.of("nato", "liaison"), 7L, 8L));
		StoryPool.Window window = window();
		assertThat(window.size()).isEqualTo(2);
		// Arrivals: in the window, before it, and dated only to the month around it.
		store(article(3, DAY.plusDays(10), DAY.plusDays(10), List.of("tokyo", "kishida"), 8L));
		store(article(4, DAY.minusDays(11), DAY.minusDays(11), List.of("nato", "brussels"), 9L));
		store(article(5, DAY.withDayOfMonth(1), DAY.withDayOfMonth(31), List.of("office", "kishida"), 9L));
		// Changes: new words, and a move out of the window and another into it.
		store(article(1, DAY, DAY, List.of("nato", "tokyo", "stoltenberg"), 7L, 9L));
		store(article(2, DAY.minusDays(30), DAY.minusDays(30), List.of("nato", "liaison"), 7L, 8L));
		store(article(4, DAY.minusDays(9), DAY.minusDays(9), List.of("nato", "brussels"), 9L));
		// And an article deleted.
		delete(3);
		assertThat(this.pool.window(FROM, TO, List::of)).isSameAs(window);
		assertThat(window.size()).isEqualTo(3);
		assertThat(window.using("nato")).isEqualTo(2);
		assertThat(window.using("liaison")).isZero();
		assertThat(window.naming(9L)).isEqualTo(3);
		assertSameCounts(window, recount());
		// 4 shares "nato" and entity 9, 5 only entity 9.
		assertThat(window.candidates(this.archive.get(1L))).extracting(ArticleFeatures::articleId).containsExactly(4L);
		assertThat(window.candidates(this.archive.get(1L), 1)).extracting(ArticleFeatures::articleId)
			.containsExactly(4L, 5L);
	}

	@Test
	void aWordMadeRareAgainByAnArticleLeavingFindsItsArticles() {
		List<String> everybody = List.of("daily", "report");
		IntStream.rangeClosed(1, StoryPool.RARE + 1)
			.forEach((id) -> store(
					article(id, DAY, DAY, Stream.concat(everybody.stream(), Stream.of("own" + id)).toList())));
		StoryPool.Window window = window();
		// Used by more than RARE articles, "daily" and "report" find none of them.
		assertThat(window.candidates(this.archive.get(1L))).isEmpty();
		// Their articles stay listed beyond the rare bound, so the window need not be
		// counted afresh.
		delete(StoryPool.RARE + 1);
		assertThat(window()).isSameAs(window);
		assertSameCounts(window, recount());
		assertThat(window.candidates(this.archive.get(1L))).hasSize(StoryPool.RARE - 1);
	}

	@Test
	void theLeastRecentlyUsedWindowsBeyondTheArticlesKeptAreLetGo() {
		StoryPool small = new StoryPool(3);
		List<ArticleFeatures> first = List.of(article(1, DAY, DAY, List.of("a")), article(2, DAY, DAY, List.of("b")));
		LocalDate next = DAY.plusDays(1);
		LocalDate last = DAY.plusDays(2);
		List<ArticleFeatures> second = List.of(article(3, next, next, List.of("c")),
				article(4, next, next, List.of("d")));
		List<ArticleFeatures> third = List.of(article(5, last, last, List.of("e")),
				article(6, last, last, List.of("f")));
		StoryPool.Window firstWindow = small.window(DAY, DAY, () -> first);
		StoryPool.Window secondWindow = small.window(next, next, () -> second);
		small.window(last, last, () -> third);
		// Beyond the third, in use: the second's two articles are kept, the first's
		// would make four.
		assertThat(small.window(next, next, () -> second)).isSameAs(secondWindow);
		assertThat(small.window(DAY, DAY, () -> first)).isNotSameAs(firstWindow);
		assertThat(small.windowsCounted()).isEqualTo(4);
	}

	@Test
	void theNextDaysWindowIsTheLastOneMovedAndCountsWhatARecountCounts() {
		store(article(1, DAY.minusDays(10), DAY.minusDays(10), List.of("nato", "tokyo"), 7L));
		store(article(2, DAY, DAY, List.of("nato", "liaison"), 7L, 8L));
		store(article(3, DAY.plusDays(11), DAY.plusDays(11), List.of("tokyo", "office"), 8L));
		StoryPool.Window window = window();
		assertThat(window.size()).isEqualTo(2);
		// A day later: 1 leaves, 3 joins.
		LocalDate from = FROM.plusDays(1);
		LocalDate to = TO.plusDays(1);
		StoryPool.Window next = this.pool.window(from, to, () -> recountedArticles(from, to));
		assertThat(next).isSameAs(window);
		assertThat(this.pool.windowsCounted()).isEqualTo(1);
		assertThat(this.pool.windowsMoved()).isEqualTo(1);
		assertThat(next.members()).extracting(ArticleFeatures::articleId).containsExactly(2L, 3L);
		StoryPool.Window recount = StoryPool.Window.of(recountedArticles(from, to));
		for (String term : List.of("nato", "tokyo", "liaison", "office")) {
			assertThat(next.using(term)).as(term).isEqualTo(recount.using(term));
		}
		assertThat(next.naming(7L)).isEqualTo(1);
		assertThat(next.candidates(this.archive.get(2L), 1)).extracting(ArticleFeatures::articleId).containsExactly(3L);
		// Days sharing less than half of the last window's are counted afresh.
		LocalDate later = TO.plusDays(12);
		assertThat(this.pool.window(later, later.plusDays(20), List::of)).isNotSameAs(window);
		assertThat(this.pool.windowsCounted()).isEqualTo(2);
	}

	@Test
	void aWordMadeRareAgainByAMoveHasItsArticlesListed() {
		// "common" in more than the rare bound on the first day, in one fewer a day
		// later.
		storeUsingOneWord(StoryPool.RARE + 1);
		StoryPool.Window window = window();
		assertThat(window.candidates(this.archive.get(2L), 1)).isEmpty();
		LocalDate from = FROM.plusDays(1);
		LocalDate to = TO.plusDays(1);
		StoryPool.Window next = this.pool.window(from, to, () -> recountedArticles(from, to));
		assertThat(next).isSameAs(window);
		assertThat(next.candidates(this.archive.get(2L), 1)).hasSize(StoryPool.RARE - 1);
	}

	@Test
	void aWindowWhoseMoveMakesAWordListedAgainIsCountedAfresh() {
		storeUsingOneWord(StoryPool.LISTED + 1);
		StoryPool.Window window = window();
		LocalDate from = FROM.plusDays(1);
		LocalDate to = TO.plusDays(1);
		StoryPool.Window next = this.pool.window(from, to, () -> recountedArticles(from, to));
		assertThat(next).isNotSameAs(window);
		assertThat(this.pool.windowsMoved()).isZero();
		assertThat(next.using("common")).isEqualTo(StoryPool.LISTED);
	}

	/** Articles using "common", the first of them on the window's first day. */
	private void storeUsingOneWord(int articles) {
		for (long id = 1; id <= articles; id++) {
			LocalDate day = (id == 1) ? FROM : DAY;
			store(article(id, day, day, List.of("common", "word" + id)));
		}
	}

	@Test
	void aMatcherIsKeptUntilTheWindowChanges() {
		store(article(1, DAY, DAY, List.of("nato", "tokyo")));
		StoryPool.Window window = window();
		StoryMatcher matcher = window.matcher();
		assertThat(window.matcher()).isSameAs(matcher);
		store(article(2, DAY, DAY, List.of("nato", "liaison")));
		assertThat(window.matcher()).isNotSameAs(matcher);
	}

	@Test
	void aMatcherKeptUpToDateWeighsAsAMatcherOfARecountAndAsMergingTheWords() {
		store(titled(1, List.of("nato", "tokyo"), List.of("liaison", "nato", "office", "tokyo"), 7L));
		store(titled(2, List.of("nato"), List.of("liaison", "nato", "office", "stoltenberg"), 7L, 8L));
		store(titled(3, List.of("tokyo"), List.of("kishida", "office", "tokyo"), 8L));
		StoryPool.Window window = window();
		// Compared from each article in turn and back, so that the words in common are
		// read for one article after another; then again after an arrival changes the
		// weights.
		assertSimilarities(window);
		store(titled(4, List.of("nato", "office"), List.of("brussels", "nato", "office"), 9L));
		assertSimilarities(window);
	}

	private void assertSimilarities(StoryPool.Window window) {
		StoryMatcher matcher = window.matcher();
		StoryMatcher recount = recount().matcher();
		for (long a : List.of(1L, 2L, 3L, 1L)) {
			for (ArticleFeatures b : this.archive.values()) {
				ArticleFeatures article = this.archive.get(a);
				if (b == article) {
					continue;
				}
				double similarity = matcher.match(article, b).similarity();
				assertThat(similarity).as("%d and %d", a, b.articleId()).isPositive();
				assertThat(similarity).isEqualTo(recount.match(article, b).similarity());
				// A copy the window does not hold has its words merged, with the same
				// sum.
				assertThat(matcher.match(copy(article), b).similarity()).isEqualTo(similarity);
			}
		}
	}

	private static ArticleFeatures copy(ArticleFeatures article) {
		return new ArticleFeatures(article.articleId(), article.firstDay(), article.lastDay(), article.signature(),
				article.titleTerms(), article.terms(), article.entityIds(), article.namedDays(), article.outlet(),
				article.figures());
	}

	private static ArticleFeatures titled(long id, List<String> titleTerms, List<String> terms, Long... entityIds) {
		ArticleFeatures article = article(id, DAY, DAY, terms, entityIds);
		return new ArticleFeatures(id, DAY, DAY, article.signature(), titleTerms.toArray(String[]::new),
				article.terms(), article.entityIds(), List.of(), null, new String[0]);
	}

	private StoryPool.Window window() {
		return this.pool.window(FROM, TO, this::recountedArticles);
	}

	private void store(ArticleFeatures article) {
		this.archive.put(article.articleId(), article);
		this.pool.put(article);
	}

	private void delete(long articleId) {
		this.archive.remove(articleId);
		this.pool.remove(articleId);
	}

	private Collection<ArticleFeatures> recountedArticles() {
		return recountedArticles(FROM, TO);
	}

	private Collection<ArticleFeatures> recountedArticles(LocalDate from, LocalDate to) {
		return this.archive.values()
			.stream()
			.filter((a) -> !a.firstDay().isAfter(to) && !a.lastDay().isBefore(from))
			.toList();
	}

	private StoryPool.Window recount() {
		return StoryPool.Window.of(recountedArticles());
	}

	private void assertSameCounts(StoryPool.Window window, StoryPool.Window recount) {
		assertThat(window.size()).isEqualTo(recount.size());
		for (ArticleFeatures article : this.archive.values()) {
			for (String term : article.terms()) {
				assertThat(window.using(term)).as(term).isEqualTo(recount.using(term));
			}
			for (long id : article.entityIds()) {
				assertThat(window.naming(id)).as("entity %d", id).isEqualTo(recount.naming(id));
			}
			assertThat(window.candidates(article)).as("candidates of %d", article.articleId())
				.isEqualTo(recount.candidates(article));
		}
	}

	private static ArticleFeatures article(long id, LocalDate first, LocalDate last, List<String> terms,
			Long... entityIds) {
		List<Long> names = new ArrayList<>(List.of(entityIds));
		return new ArticleFeatures(id, first, last, new int[0], new String[0],
				terms.stream().sorted().distinct().toArray(String[]::new),
				names.stream().mapToLong(Long::longValue).sorted().toArray(), List.of(), null, new String[0]);
	}

}
