package org.newsarchive.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.newsarchive.article.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of person recognition against EXPECTED.md, printed per seed and
 * overall, with the floors the recogniser reaches today. Also prints the time per article
 * after warm-up (measured, not asserted).
 */
class PrecisionRecallTests {

	@Test
	void precisionAndRecallPerSeed() {
		int found = 0;
		int expected = 0;
		int recognised = 0;
		int unlisted = 0;
		for (String seed : SeedFixtures.ALL) {
			List<List<String>> people = SeedRecognitions.EXPECTED_PEOPLE.get(seed);
			List<RecognisedEntity> recognisedPeople = SeedRecognitions.of(seed).people();
			List<String> misses = new ArrayList<>();
			for (List<String> names : people) {
				if (recognisedPeople.stream().anyMatch((person) -> SeedRecognitions.isNamed(person, names))) {
					found++;
				}
				else {
					misses.add(names.get(0));
				}
			}
			List<String> falsePositives = recognisedPeople.stream()
				.filter((person) -> people.stream().noneMatch((names) -> SeedRecognitions.isNamed(person, names)))
				.map(RecognisedEntity::key)
				.toList();
			Set<String> genuine = SeedRecognitions.NAMED_BUT_UNLISTED.getOrDefault(seed, Set.of());
			expected += people.size();
			recognised += recognisedPeople.size();
			unlisted += (int) falsePositives.stream().filter(genuine::contains).count();
			double precision = (double) (recognisedPeople.size() - falsePositives.size()) / recognisedPeople.size();
			double recall = (double) (people.size() - misses.size()) / people.size();
			System.out.printf("%s precision %.3f recall %.3f misses %s not in list %s%n", seed, precision, recall,
					misses, falsePositives);
			assertThat(recall).as(seed).isEqualTo(1.0);
			assertThat(precision).as(seed).isGreaterThanOrEqualTo(0.85);
		}
		double precision = (double) found / recognised;
		double precisionCountingUnlisted = (double) (found + unlisted) / recognised;
		double recall = (double) found / expected;
		System.out.printf("overall precision %.3f (%.3f counting real people the list leaves out) recall %.3f%n",
				precision, precisionCountingUnlisted, recall);
		assertThat(precision).isGreaterThanOrEqualTo(0.95);
		assertThat(precisionCountingUnlisted).isEqualTo(1.0);
		assertThat(recall).isEqualTo(1.0);
	}

	@Test
	void timePerArticleAfterWarmUp() {
		EntityRecognizer recognizer = new EntityRecognizer();
		long coldStart = System.nanoTime();
		recognizer.warmUp();
		long warmUp = System.nanoTime() - coldStart;
		List<ParsedArticle> articles = SeedFixtures.ALL.stream().map(SeedFixtures::article).toList();
		for (int i = 0; i < 3; i++) {
			articles.forEach(recognizer::recognise);
		}
		int rounds = 20;
		long start = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			articles.forEach(recognizer::recognise);
		}
		double perArticle = (System.nanoTime() - start) / 1e6 / (rounds * articles.size());
		System.out.printf("warm-up %.0f ms, then %.1f ms per article%n", warmUp / 1e6, perArticle);
		assertThat(perArticle).isPositive();
	}

}
