package org.newsarchive.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.Block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuanchaTextParserTests {

	@Test
	void infersTheDayWhereTheListDateAgreesWithTheCitedDay() {
		List<Block> body = List.of(Block.paragraph("(觀察者網訊)據《日經亞洲》3日報道,北約", "zh-Hant"));
		assertThat(GuanchaTextParser.inferDay(body, List.of("標題", "2023-05-03 16:37 烏克蘭之殤 -")))
			.hasValueSatisfying((published) -> assertThat(published.value()).isEqualTo("2023-05-03"));
	}

	@Test
	void infersNothingWhereTheDaysDisagree() {
		List<Block> body = List.of(Block.paragraph("(觀察者網訊)據《日經亞洲》2日報道", "zh-Hant"));
		assertThat(GuanchaTextParser.inferDay(body, List.of("2023-05-03 16:37"))).isEmpty();
	}

	@Test
	void doesNotTakeTheEndOfADateForTheCitedDay() {
		List<Block> body = List.of(Block.paragraph("今年7月3日,北約將舉辦峰會", "zh-Hant"));
		assertThat(GuanchaTextParser.inferDay(body, List.of("2023-05-03 16:37"))).isEmpty();
	}

	@Test
	void rejectsAFileWithoutFooter() {
		assertThatThrownBy(() -> new GuanchaTextParser().parse("-\n標題\n-\n楊蓉yangrong@guancha.cn\n(觀察者網訊)正文\n"))
			.isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining("no copyright or editor line");
	}

}
