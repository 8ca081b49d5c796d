package org.newsarchive.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinReadingsTests {

	@Test
	void removesAReadingAfterACharacter() {
		PinyinReadings.Removed removed = PinyinReadings.remove("設(shè)立");
		assertThat(removed.text()).isEqualTo("設立");
		assertThat(removed.removed()).isEqualTo(1);
	}

	@Test
	void removesReadingsAfterEveryCharacterOfAWord() {
		assertThat(PinyinReadings.remove("聯(lián)絡(luò)處").text()).isEqualTo("聯絡處");
	}

	@Test
	void keepsAcronymsAndHanTextInParentheses() {
		String text = "計劃(ITPP),亞太4國(AP4),(IPCP),斯托爾滕貝格(左)與岸田,當(駐日)代表,(觀察者網訊)";
		PinyinReadings.Removed removed = PinyinReadings.remove(text);
		assertThat(removed.text()).isEqualTo(text);
		assertThat(removed.removed()).isZero();
	}

	@Test
	void keepsEnglishWordsWithoutToneMarks() {
		assertThat(PinyinReadings.remove("office (see below)").text()).isEqualTo("office (see below)");
	}

	@Test
	void removesAReadingNestedInParenthesisedText() {
		assertThat(PinyinReadings.remove("(觀察者網(wǎng)訊)").text()).isEqualTo("(觀察者網訊)");
	}

	@Test
	void removesAReadingAfterMojibake() {
		assertThat(PinyinReadings.remove("缱^(guò)山車").text()).isEqualTo("缱^山車");
	}

	@Test
	void removesReadingsWithUmlaut() {
		assertThat(PinyinReadings.remove("綠(lǜ)色").text()).isEqualTo("綠色");
	}

	@Test
	void removesAll422ReadingsOfTheGuanchaSeed() {
		PinyinReadings.Removed removed = PinyinReadings.remove(Seeds.text(Seeds.GUANCHA));
		assertThat(removed.removed()).isEqualTo(422);
		assertThat(removed.text()).contains("設立亞洲首個聯絡處", "(ITPP)", "(AP4)", "(IPCP)", "(左)", "(駐日)", "(觀察者網訊)");
		assertThat(removed.text()).doesNotContain("(shè)", "(lián)");
	}

}
