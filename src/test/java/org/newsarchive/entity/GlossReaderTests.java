package org.newsarchive.entity;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class GlossReaderTests {

	private final GlossReader reader = new GlossReader(new ChineseNames(Set.of("北约", "日本")));

	@Test
	void readsNamesAfterTitles() {
		assertThat(this.reader.read("今年1月底，北约秘书长斯托尔滕贝格（Jens Stoltenberg）飞抵东京"))
			.containsExactly(new GlossReader.Gloss("斯托尔滕贝格", "Jens Stoltenberg"));
		assertThat(this.reader.read("东京国际基督教大学（ICU）资深副教授奈吉（Stephen Nagy）告诉BBC中文"))
			.containsExactly(new GlossReader.Gloss("奈吉", "Stephen Nagy"));
	}

	@Test
	void readsGlossesWithoutClosingParenthesisOrWithAsciiParentheses() {
		assertThat(this.reader.read("澳大利亚总理阿尔巴尼斯（Anthony Albanese"))
			.containsExactly(new GlossReader.Gloss("阿尔巴尼斯", "Anthony Albanese"));
		assertThat(this.reader.read("合作安全司司长迪埃拉(Francesco Diella 中将"))
			.containsExactly(new GlossReader.Gloss("迪埃拉", "Francesco Diella"));
		assertThat(this.reader.read("北约国防学院校长李提曼（Olivier Rittiman ）秘访台湾"))
			.containsExactly(new GlossReader.Gloss("李提曼", "Olivier Rittiman"));
	}

	@Test
	void aLongRunOfChineseIsReadInLinearTime() {
		String run = "中".repeat(200_000);
		List<GlossReader.Gloss> glosses = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> this.reader.read(run + "北约秘书长斯托尔滕贝格（Jens Stoltenberg）" + run));
		assertThat(glosses).containsExactly(new GlossReader.Gloss("斯托尔滕贝格", "Jens Stoltenberg"));
	}

	@Test
	void readsANameHanLpKnowsWithoutATitle() {
		assertThat(this.reader.read("事实上，斯托尔滕贝格（Jens Stoltenberg）"))
			.containsExactly(new GlossReader.Gloss("斯托尔滕贝格", "Jens Stoltenberg"));
	}

	@Test
	void acronymsOrganisationsAndPhrasesAreNotNames() {
		assertThat(this.reader.read("北约（NATO）自去年")).isEmpty();
		assertThat(this.reader.read("东京国际基督教大学（ICU）资深")).isEmpty();
		assertThat(this.reader.read("北约亚太伙伴（AP4），")).isEmpty();
		assertThat(this.reader.read("国内生产总值（GDP）的2%")).isEmpty();
		assertThat(this.reader.read("美国网站《中国项目》（The China Project）上周称")).isEmpty();
		assertThat(this.reader.read("日本国际教养大学（Akita International University ）中国研究")).isEmpty();
		assertThat(this.reader.read("称为“零日攻击”（zero- day attack）所做")).isEmpty();
		assertThat(this.reader.read("提高吓阻战略（deterrain warfare）的效益")).isEmpty();
		assertThat(this.reader.read("联合野外训练演习（Keen Sword 23）")).isEmpty();
	}

}
