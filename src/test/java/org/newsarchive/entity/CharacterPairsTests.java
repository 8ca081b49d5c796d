package org.newsarchive.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CharacterPairsTests {

	private static final String TEXT = "国务院副总理何立峰会见了美国财政部长耶伦。";

	@Test
	void everyPartOfTheTextMayBeInIt() {
		CharacterPairs pairs = new CharacterPairs(TEXT);
		for (int start = 0; start < TEXT.length(); start++) {
			for (int end = start + 1; end <= TEXT.length(); end++) {
				assertThat(pairs.mayContain(TEXT.substring(start, end))).isTrue();
			}
		}
	}

	@Test
	void aNameStartingWithAPairTheTextLacksIsNotInIt() {
		CharacterPairs pairs = new CharacterPairs(TEXT);
		assertThat(pairs.mayContain("岸田文雄")).isFalse();
		assertThat(pairs.mayContain("何立")).isTrue();
		assertThat(pairs.mayContain("立何")).isFalse();
		assertThat(pairs.mayContain("何")).isTrue();
		assertThat(new CharacterPairs("").mayContain("何立峰")).isFalse();
	}

}
