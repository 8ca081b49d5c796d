package org.newsarchive.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameMatcherTests {

	private final NameMatcher matcher = new NameMatcher();

	NameMatcherTests() {
		this.matcher.add("岸田文雄", "fumio-kishida");
		this.matcher.add("岸田", "fumio-kishida");
		this.matcher.add("Stoltenberg", "jens-stoltenberg");
		this.matcher.add("Jens Stoltenberg", "jens-stoltenberg");
		this.matcher.add("Abe", "shinzo-abe");
	}

	@Test
	void longestNameWins() {
		assertThat(this.matcher.find("岸田文雄会见。岸田首相说", 0)).extracting(NameMatcher.Hit::name)
			.containsExactly("岸田文雄", "岸田");
	}

	@Test
	void latinNamesOnWordBoundariesCaseSensitively() {
		assertThat(this.matcher.find("during Stoltenberg's visit, Jens Stoltenberg said", 0))
			.extracting(NameMatcher.Hit::name)
			.containsExactly("Stoltenberg", "Jens Stoltenberg");
		assertThat(this.matcher.find("Abel and abe and ABE", 0)).isEmpty();
	}

	@Test
	void hanCharactersAreWordBoundaries() {
		NameMatcher g7 = new NameMatcher();
		g7.add("G7", "g7");
		assertThat(g7.find("北约已涵盖了G7中除日本外的6国", 0)).extracting(NameMatcher.Hit::key).containsExactly("g7");
		assertThat(g7.find("G77", 0)).isEmpty();
	}

	@Test
	void latinNamesInsideChineseText() {
		assertThat(this.matcher.find("斯托尔滕贝格（Jens Stoltenberg）", 0)).extracting(NameMatcher.Hit::start)
			.containsExactly(7);
	}

}
