package org.newsarchive.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WhitespaceTests {

	@Test
	void collapsesRunsOfAnyWhitespaceToOneSpace() {
		assertThat(Whitespace.normalise("NATO \t and\u00A0\u00A0Japan\u3000agree")).isEqualTo("NATO and Japan agree");
	}

	@Test
	void trimsIdeographicAndOrdinarySpaceAtTheEnds() {
		assertThat(Whitespace.normalise("\u3000 北约秘书长访日。   \n")).isEqualTo("北约秘书长访日。");
	}

	@Test
	void dropsALineBreakBetweenChineseCharacters() {
		assertThat(Whitespace.normalise("北约将在\n  东京设立联络处")).isEqualTo("北约将在东京设立联络处");
	}

	@Test
	void keepsASpaceBetweenChineseCharactersOnOneLine() {
		assertThat(Whitespace.normalise("设立东京联络处  乌克兰战争")).isEqualTo("设立东京联络处 乌克兰战争");
	}

	@Test
	void keepsALineBreakBetweenWordsAsASpace() {
		assertThat(Whitespace.normalise("liaison\noffice 北约\nNATO")).isEqualTo("liaison office 北约 NATO");
	}

	@Test
	void leavesEmptyAndBlankTextEmpty() {
		assertThat(Whitespace.normalise("")).isEmpty();
		assertThat(Whitespace.normalise(" \u3000\n")).isEmpty();
	}

}
