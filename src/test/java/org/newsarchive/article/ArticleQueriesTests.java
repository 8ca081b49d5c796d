package org.newsarchive.article;

import java.time.YearMonth;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Counts, orders, spans and file condition read from the five seeds. */
@ArchiveTest
class ArticleQueriesTests {

	@Autowired
	ArticleQueries articles;

	@Test
	void countsByMonthPlaceOnlyArticlesDatedToAMonthAndCountTheYearOnlyApart() {
		MonthCounts counts = this.articles.countsByMonth();
		assertThat(counts.months()).containsExactly(org.assertj.core.api.Assertions.entry(YearMonth.of(2023, 2), 1L),
				org.assertj.core.api.Assertions.entry(YearMonth.of(2023, 5), 2L),
				org.assertj.core.api.Assertions.entry(YearMonth.of(2023, 6), 1L));
		assertThat(counts.yearOnly()).isEqualTo(1);
		assertThat(counts.undated()).isZero();
		assertThat(counts.inMonths()).isEqualTo(4);
	}

	@Test
	void barsIncludeTheEmptyMonthsBetweenTheFirstAndTheLast() {
		assertThat(this.articles.countsByMonth().bars())
			.extracting(MonthCounts.Bar::month, MonthCounts.Bar::count, MonthCounts.Bar::share)
			.containsExactly(tuple(YearMonth.of(2023, 2), 1L, 0.5), tuple(YearMonth.of(2023, 3), 0L, 0.0),
					tuple(YearMonth.of(2023, 4), 0L, 0.0), tuple(YearMonth.of(2023, 5), 2L, 1.0),
					tuple(YearMonth.of(2023, 6), 1L, 0.5));
	}

	@Test
	void listsOldestFirstWithTheYearOnlyArticleByItsFirstDay() {
		assertThat(this.articles.list(ArticleFilter.all(), 0, 10, ArticleOrder.OLDEST).getContent())
			.extracting((a) -> a.published().value())
			.containsExactly("2023", "2023-02-18T08:04+01:00", "2023-05-03", "2023-05-12T18:07:23+08:00",
					"2023-06-13T16:18+02:00");
		assertThat(this.articles.list(new ArticleFilter(Set.of("rfi-chinese"), null, null), 0, 10, ArticleOrder.NEWEST)
			.getContent()).extracting((a) -> a.published().value())
			.containsExactly("2023-06-13T16:18+02:00", "2023-02-18T08:04+01:00");
	}

	@Test
	void aSourceSpansItsEarliestToItsLatestPublication() {
		PublicationSpan rfi = this.articles.span("rfi-chinese");
		assertThat(rfi.earliest().value()).isEqualTo("2023-02-18T08:04+01:00");
		assertThat(rfi.latest().value()).isEqualTo("2023-06-13T16:18+02:00");
	}

	@Test
	void theDamagedGuanchaArticleIsFlaggedWithItsSpots() {
		SourceStorage guancha = this.articles.storage("guancha");
		assertThat(guancha.files()).isEqualTo(1);
		assertThat(guancha.flagged()).singleElement().satisfies((flagged) -> {
			assertThat(flagged.title()).isEqualTo("針對中俄?日媒曝北約擬在東京設立亞洲首個聯絡處");
			assertThat(flagged.damagedSpots()).isEqualTo(9);
		});
		assertThat(guancha.flaggedCount()).isEqualTo(1);
		assertThat(guancha.damagedSpots()).isEqualTo(9);
		assertThat(this.articles.storage("rfi-chinese").flagged()).isEmpty();
		assertThat(this.articles.storage("rfi-chinese").flaggedCount()).isZero();
		assertThat(this.articles.storage("rfi-chinese").files()).isEqualTo(2);
	}

	@Test
	void orderParsesLeniently() {
		assertThat(ArticleOrder.parse("oldest")).isEqualTo(ArticleOrder.OLDEST);
		assertThat(ArticleOrder.parse(" OLDEST ")).isEqualTo(ArticleOrder.OLDEST);
		assertThat(ArticleOrder.parse("sideways")).isEqualTo(ArticleOrder.NEWEST);
		assertThat(ArticleOrder.parse(null)).isEqualTo(ArticleOrder.NEWEST);
	}

}
