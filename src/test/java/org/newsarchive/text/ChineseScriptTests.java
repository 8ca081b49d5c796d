package org.newsarchive.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseScriptTests {

	/** The basic plane's Han characters that ICU (or the shinjitai) folds. */
	private static final long FOLDING_HAN_CHARACTERS = 3_086;

	@Test
	void foldsTraditionalAndJapaneseShinjitaiToSimplified() {
		assertThat(ChineseScript.simplified("北約秘書長毛寧")).isEqualTo("北约秘书长毛宁");
		assertThat(ChineseScript.simplified("小沢森聡")).isEqualTo("小泽森聪");
	}

	@Test
	void foldsAcrossTheBasicPlaneOnlyWhereTheLengthMayChange() {
		assertThat(ChineseScript.simplified("㠣北約")).isEqualTo("𫵷北约");
		assertThat(ChineseScript.simplifiedInPlace("㠣北約")).isEqualTo("㠣北约");
	}

	@Test
	void theTableHoldsOnlyCharactersThatChange() {
		assertThat(ChineseScript.folds()).containsEntry((int) '約', (int) '约')
			.containsEntry((int) '沢', (int) '泽')
			.doesNotContainKey((int) '约')
			.doesNotContainKey((int) 'A');
		assertThat(ChineseScript.folds()).allSatisfy((from, to) -> assertThat(from).isNotEqualTo(to));
	}

	@Test
	void theBasicPlaneTableFoldsEveryHanCharacterAsIcuDoes() {
		int[] differing = SimplifiedTableWriter.basicPlaneHan()
			.filter((codePoint) -> ChineseScript.simplified(codePoint) != ChineseScript.fold(codePoint))
			.toArray();
		assertThat(differing).as("characters whose table fold differs from ICU's: run SimplifiedTableWriter").isEmpty();
		assertThat(SimplifiedTableWriter.basicPlaneHan()
			.filter((codePoint) -> ChineseScript.fold(codePoint) != codePoint)
			.count()).isEqualTo(FOLDING_HAN_CHARACTERS);
	}

	@Test
	void charactersOtherThanHanStayAsTheyAre() {
		assertThat(ChineseScript.simplified("NATO, 2023年５月 — ¿qué?")).isEqualTo("NATO, 2023年５月 — ¿qué?");
	}

	@Test
	void tellsTraditionalScriptAndDerivesIt() {
		assertThat(ChineseScript.hasTraditional("北約")).isTrue();
		assertThat(ChineseScript.hasTraditional("北约 NATO")).isFalse();
		assertThat(ChineseScript.traditional("鹤冈路人")).isEqualTo("鶴岡路人");
	}

}
