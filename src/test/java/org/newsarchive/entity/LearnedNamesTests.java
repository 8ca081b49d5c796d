package org.newsarchive.entity;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.article.Block;
import org.newsarchive.article.ParsedArticle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person learned from the archive stays a person after a restart: a recogniser over the
 * same database, as a restarted portal builds, knows the names its predecessor learned.
 */
// An archive of its own: the names learned here would be people in other tests' articles.
@ArchiveTest
@TestPropertySource(properties = "spring.application.name=learned-names-tests")
@DirtiesContext
class LearnedNamesTests {

	@Autowired
	LearnedNameStore store;

	@Test
	void aNameLearnedWithARoleIsKnownAfterARestart() {
		EntityRecognizer before = new EntityRecognizer(Gazetteer.load(), new LearnedNames(this.store));
		assertThat(people(before, "希奇莱马出席开幕式并致辞。")).isEmpty();
		before.recognise(article("赞比亚总统希奇莱马会见了代表团。"));
		before.recognise(article("赞比亚总统希奇莱马发表讲话。"));
		assertThat(people(before, "希奇莱马出席开幕式并致辞。")).containsExactly("希奇莱马");

		EntityRecognizer restarted = new EntityRecognizer(Gazetteer.load(), new LearnedNames(this.store));
		assertThat(people(restarted, "希奇莱马出席开幕式并致辞。")).containsExactly("希奇莱马");
		assertThat(this.store.load()).contains("希奇莱马");
	}

	@Test
	void anArticleRecognisedAgainDoesNotTeachAName() {
		LearnedNames learned = new LearnedNames(this.store);
		learned.namedWithARole("马丁内斯", "总统马丁内斯出席。");
		learned.namedWithARole("马丁内斯", "总统马丁内斯出席。");
		assertThat(learned.people()).doesNotContain("马丁内斯");
		assertThat(new LearnedNames(this.store).people()).doesNotContain("马丁内斯");
	}

	private static List<String> people(EntityRecognizer recognizer, String text) {
		return recognizer.recognise(article(text))
			.entities()
			.stream()
			.filter((entity) -> entity.type() == EntityType.PERSON)
			.map(RecognisedEntity::canonicalName)
			.toList();
	}

	private static ParsedArticle article(String text) {
		return new ParsedArticle("corpus", "", null, null, null, List.of(), null, null, List.of("zh-Hans"), null,
				List.of(Block.paragraph(text, "zh-Hans")), List.of(), 0, List.of(), "test");
	}

}
