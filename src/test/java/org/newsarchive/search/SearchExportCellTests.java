package org.newsarchive.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchExportCellTests {

	@Test
	void aCellThatWouldRunAsAFormulaIsDefused() {
		assertThat(SearchExports.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
		assertThat(SearchExports.cell("+1")).isEqualTo("'+1");
		assertThat(SearchExports.cell("-2+3")).isEqualTo("'-2+3");
		assertThat(SearchExports.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
	}

	@Test
	void ordinaryTextIsLeftAlone() {
		assertThat(SearchExports.cell("北约将在日本设立联络机构")).isEqualTo("北约将在日本设立联络机构");
		assertThat(SearchExports.cell("NATO to open liaison office in Tokyo"))
			.isEqualTo("NATO to open liaison office in Tokyo");
		assertThat(SearchExports.cell("")).isEmpty();
		assertThat(SearchExports.cell(null)).isNull();
	}

}
