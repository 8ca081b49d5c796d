package org.newsarchive.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MojibakeTests {

	@Test
	void countsNothingInCleanText() {
		assertThat(Mojibake.clean("北約擬在東京設立聯絡處。").damagedSpots()).isZero();
	}

	@Test
	void leavesAQuestionMarkBetweenWordsAlone() {
		Mojibake.Cleaned cleaned = Mojibake.clean("針對中俄?日媒曝北約擬在東京設立亞洲首個聯絡處");
		assertThat(cleaned.damagedSpots()).isZero();
		assertThat(cleaned.text()).isEqualTo("針對中俄?日媒曝北約擬在東京設立亞洲首個聯絡處");
	}

	@Test
	void leavesASentenceEndingInQuestionAndExclamationMarksAlone() {
		assertThat(Mojibake.clean("真的嗎?!”他說。").damagedSpots()).isZero();
	}

	@Test
	void countsAGarbledRunBetweenQuestionMarksOnce() {
		Mojibake.Cleaned cleaned = Mojibake.clean("此舉將不僅是象征性的?!度战?亞洲》提到");
		assertThat(cleaned.damagedSpots()).isEqualTo(1);
		assertThat(cleaned.text()).isEqualTo("此舉將不僅是象征性的?!度战?亞洲》提到");
	}

	@Test
	void dropsReadingResidueInsideASpotAndKeepsTheNeighbours() {
		Mojibake.Cleaned cleaned = Mojibake.clean("據《日經亞洲》3日?qǐng)?bào)道,北約");
		assertThat(cleaned.damagedSpots()).isEqualTo(1);
		assertThat(cleaned.text()).isEqualTo("據《日經亞洲》3日??道,北約");
	}

	@Test
	void countsSeparateSpotsSeparately() {
		Mojibake.Cleaned cleaned = Mojibake.clean("或?qū)ⅹ?dú)立出來。意義?!斑@意味著");
		assertThat(cleaned.damagedSpots()).isEqualTo(2);
		assertThat(cleaned.text()).isEqualTo("或?ⅹ?立出來。意義?!斑@意味著");
	}

	@Test
	void endsASpotAtWhitespace() {
		assertThat(Mojibake.clean("東京?!? ?").damagedSpots()).isEqualTo(1);
	}

	@Test
	void countsNineSpotsInTheGuanchaSeedArticle() {
		String seed = PinyinReadings.remove(Seeds.text(Seeds.GUANCHA)).text();
		String article = seed.substring(0, seed.indexOf("本文系觀察者網"));
		assertThat(Mojibake.clean(article).damagedSpots()).isEqualTo(9);
	}

	@Test
	void countsALongRunOfQuestionMarksAsOneSpot() {
		String run = "此舉將?!?" + "?".repeat(20_000) + "提到";
		Mojibake.Cleaned cleaned = Mojibake.clean(run);
		assertThat(cleaned.damagedSpots()).isEqualTo(1);
		assertThat(cleaned.text()).isEqualTo(run);
	}

}
