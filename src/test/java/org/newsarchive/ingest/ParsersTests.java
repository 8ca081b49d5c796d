package org.newsarchive.ingest;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParsersTests {

	private final List<ArticleParser> all = List.of(new RfiHtmlParser(), new BbcMarkdownParser(),
			new ChinaMilTextParser(), new GuanchaTextParser());

	@ParameterizedTest
	@CsvSource({ "000_7007327302503941.txt, bbc-markdown", "001_bf51fbc3ba7c270a.txt, rfi-html",
			"002_164af92ece23cc05.txt, guancha-text", "003_58561484b8c72d53.txt, chinamil-text",
			"004_60f1b6b1adb64af0.txt, rfi-html" })
	void exactlyOneParserRecognisesEachSeed(String seed, String parser) {
		String text = Seeds.text(seed);
		assertThat(this.all).filteredOn((candidate) -> candidate.recognises(text))
			.extracting(ArticleParser::name)
			.containsExactly(parser);
		assertThat(new Parsers().recognise(text).name()).isEqualTo(parser);
	}

	@Test
	void rejectsTextInNoKnownFormatWithAHint() {
		assertThatThrownBy(() -> new Parsers().parse("Dear editor,\nplease find my letter attached.\n"))
			.isInstanceOf(UnreadableFileException.class)
			.hasMessage("not in any known format: the text starts \"Dear editor, please find my letter attached.\"");
	}

	@Test
	void shortensALongHint() {
		assertThatThrownBy(() -> new Parsers().parse("x".repeat(500))).isInstanceOf(UnreadableFileException.class)
			.hasMessage("not in any known format: the text starts \"" + "x".repeat(60) + "…\"");
	}

	@Test
	void rejectsAMarkdownFileThatIsNotABbcArticle() {
		assertThatThrownBy(() -> new Parsers().parse("# Notes\n\nSome text.\n"))
			.isInstanceOf(UnreadableFileException.class)
			.hasMessageStartingWith("not in any known format");
	}

}
