package org.newsarchive.entity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad splits and near-names seen while building the recogniser: none may become a person.
 */
class NoFragmentsTests {

	private static final List<String> NOT_PEOPLE = List.of("斯托尔", "滕贝格", "斯托尔滕", "桦教授", "桦", "陈宥", "希普", "金斯", "阿尔巴",
			"塔克索", "延森", "访日", "印太", "东进", "何地", "东翼", "一起坐", "安全司", "中国列", "吕嘉鸿", "弗林", "杨蓉", "文威入");

	private static final List<String> NOT_ENGLISH_PEOPLE = List.of("Blue Impulse", "Sagami Bay", "Keio University",
			"Wen Weiru", "Li Jiayao", "Takashi Aoyama", "Related News", "Keen Sword");

	@Test
	void noFragmentIsAPerson() {
		for (String seed : SeedFixtures.ALL) {
			for (RecognisedEntity person : SeedRecognitions.of(seed).people()) {
				assertThat(person.simplified()).as(seed + " " + person.key()).doesNotContainAnyElementsOf(NOT_PEOPLE);
				assertThat(person.english()).as(seed + " " + person.key())
					.doesNotContainAnyElementsOf(NOT_ENGLISH_PEOPLE);
			}
		}
	}

	@Test
	void kishidaShortIsNotASecondPerson() {
		for (String seed : SeedFixtures.ALL) {
			assertThat(SeedRecognitions.of(seed).people()).filteredOn((person) -> person.simplified().contains("岸田"))
				.extracting(RecognisedEntity::key)
				.containsExactly("fumio-kishida");
		}
	}

}
