package org.newsarchive.story;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.Block;
import org.newsarchive.article.Published;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assigning an article costs about the same however many articles its days hold: the days
 * are read once, not once an article.
 */
class StoryAssignmentScaleTests {

	private static final LocalDate DAY = LocalDate.of(2017, 3, 14);

	@Test
	void theArticlesOfADenseDayAreReadOnceNotOnceAnArticle() {
		MemoryStoryStore store = new MemoryStoryStore();
		StoryAssigner assigner = new StoryAssigner(store);
		for (int i = 0; i < 200; i++) {
			ArticleFeatures article = ArticleFeatures.of(i, "test", Published.statedDay(DAY, "test"),
					"Report number " + i, null, null, List.of(Block.paragraph("The council met today about matter "
							+ word(i) + " and agreed on " + word(i + 1000) + " before the weekend.", "en")),
					List.of());
			store.saveFeatures(article);
			assigner.assign(article, (terms) -> List.of());
		}
		// Before: every article read its ±10 days again, 1 + 2 + … + 200 = 20,100 reads.
		assertThat(store.articlesRead()).isEqualTo(1);
	}

	/** A word of its own for each number: letters, as digits are no terms. */
	private static String word(int number) {
		StringBuilder word = new StringBuilder("w");
		for (int n = number; n > 0; n /= 26) {
			word.append((char) ('a' + n % 26));
		}
		return word.toString();
	}

}
