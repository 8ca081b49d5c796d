package org.newsarchive.entity;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsarchive.article.Block;
import org.newsarchive.article.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;

class PairAlignerTests {

	private final EntityRecognizer recognizer = new EntityRecognizer();

	@Test
	void alignsTheOneUnknownNameOnEachSide() {
		Recognition recognition = this.recognizer.recognise(bilingual(
				"Danish Ambassador Peter Taksoe-Jensen told Nikkei Asia the office would be more than symbolic.",
				"丹麦驻日本大使彼得·塔克索-延森对《日经亚洲》称，拟设的新联络处将不仅仅是象征性的。"));
		assertThat(recognition.people()).singleElement().satisfies((person) -> {
			assertThat(person.english()).containsExactly("Peter Taksoe-Jensen");
			assertThat(person.simplified()).containsExactly("彼得·塔克索-延森");
		});
		assertThat(recognition.mention(recognition.people().get(0).key()).orElseThrow().count()).isEqualTo(2);
	}

	@Test
	void attributesTheChineseNameOfAKnownPersonNamedInEnglish() {
		Recognition recognition = this.recognizer
			.recognise(bilingual("Relevant reports mentioned the plan was agreed during Stoltenberg's visit to Japan.",
					"有关报道称，该计划是由北约秘书长斯托尔滕贝格于今年1月访日期间敲定的。"));
		assertThat(recognition.people()).extracting(RecognisedEntity::key).containsExactly("jens-stoltenberg");
		assertThat(recognition.mention("jens-stoltenberg").orElseThrow().count()).isEqualTo(2);
	}

	@Test
	void doesNotGuessWhenASideHasTwoUnknownNames() {
		Recognition recognition = this.recognizer
			.recognise(bilingual("Danish Ambassador Peter Taksoe-Jensen met French Ambassador Philippe Setton.",
					"丹麦驻日本大使彼得·塔克索-延森会见了法国驻日大使塞顿。"));
		assertThat(recognition.people()).hasSize(4)
			.allSatisfy((person) -> assertThat(person.english().isEmpty() || person.simplified().isEmpty()).isTrue());
	}

	private static ParsedArticle bilingual(String english, String chinese) {
		List<Block> body = List.of(new Block(Block.Kind.PARAGRAPH, english, "en", 0, null),
				new Block(Block.Kind.PARAGRAPH, chinese, "zh-Hans", 0, null));
		return new ParsedArticle("test", "Title", "标题", null, null, List.of(), null, null, List.of("en", "zh-Hans"),
				null, body, List.of(), 0, List.of(), "test");
	}

}
