package org.newsarchive.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.Block;
import org.newsarchive.article.Image;
import org.newsarchive.article.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BbcMarkdownParserTests {

	private final BbcMarkdownParser parser = new BbcMarkdownParser();

	@Test
	void infersNoYearWithoutDatedCaptions() {
		assertThat(BbcMarkdownParser.inferYear(List.of(), List.of(Block.paragraph("今年5月", "zh-Hans")))).isEmpty();
	}

	@Test
	void infersNoYearWhereTheTextDoesNotSpeakOfThisYear() {
		Image dated = new Image("a.jpg", "A visit on February 1, 2023.", "2023年初访日", null, null);
		assertThat(BbcMarkdownParser.inferYear(List.of(dated), List.of(Block.paragraph("去年6月", "zh-Hans")))).isEmpty();
	}

	@Test
	void takesTheLatestDatedEventAndIgnoresBudgetYearsAhead() {
		Image old = new Image("a.jpg", "A summit on March 24, 2022.", "到2027年度，国防经费将达2%。", null, null);
		Image recent = new Image("b.jpg", "第一岛链", "北约秘书长2023年初访日", null, null);
		assertThat(BbcMarkdownParser.inferYear(List.of(old, recent), List.of(Block.paragraph("今年5月", "zh-Hans"))))
			.hasValueSatisfying((published) -> {
				assertThat(published.value()).isEqualTo("2023");
				assertThat(published.evidence()).contains("2023年初");
			});
	}

	@Test
	void readsInlineHtmlAsNothing() {
		ParsedArticle article = this.parser
			.parse("# [World] 标题\n\n正文<script>alert(1)</script>第一段\n\n<div>chrome</div>\n");
		assertThat(article.title()).isEqualTo("标题");
		assertThat(SeedParsingTests.paragraphs(article)).containsExactly("正文alert(1)第一段");
	}

	@Test
	void rejectsAFileWithoutBody() {
		assertThatThrownBy(() -> this.parser.parse("# [World] 标题\n")).isInstanceOf(UnreadableFileException.class)
			.hasMessage("the BBC Markdown file has no title or no body text");
	}

}
