package org.newsarchive.ingest;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RfiHtmlParserTests {

	private static final String HEAD = "<!--1676704505000-->\n[标题 - 印太纵览](https://www.rfi.fr/cn/x/20230218-y)\n------\n\n";

	private final RfiHtmlParser parser = new RfiHtmlParser();

	@Test
	void rejectsASeedCutInHalf() {
		String seed = Seeds.text(Seeds.RFI_COLUMN);
		String half = seed.substring(0, seed.length() / 2);
		assertThat(this.parser.recognises(half)).isTrue();
		assertThatThrownBy(() -> this.parser.parse(half)).isInstanceOf(UnreadableFileException.class)
			.hasMessage("the RFI file's HTML is cut off: it does not end with a closing tag");
	}

	@Test
	void rejectsAFileCutInsideATag() {
		String seed = Seeds.text(Seeds.RFI_NEWS);
		String cut = seed.substring(0, seed.indexOf("</p>") + 3);
		assertThatThrownBy(() -> this.parser.parse(cut)).isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining("cut off");
	}

	@Test
	void rejectsAFileWithoutTheLinkLine() {
		assertThatThrownBy(
				() -> this.parser.parse("<!--1676704505000-->\n<div>18/02/2023 - 08:04</div><div><p>正文</p></div>"))
			.isInstanceOf(UnreadableFileException.class)
			.hasMessage("the RFI file has no [title](url) line followed by a ------ rule");
	}

	@Test
	void rejectsAFileWithoutBody() {
		assertThatThrownBy(() -> this.parser.parse(HEAD + "<div>18/02/2023 - 08:04</div><p><strong>导语</strong></p>"))
			.isInstanceOf(UnreadableFileException.class)
			.hasMessage("the RFI file has no body paragraphs");
	}

	@Test
	void rejectsAFileWithoutDate() {
		assertThatThrownBy(() -> this.parser.parse(HEAD + "<div><p>正文</p></div>"))
			.isInstanceOf(UnreadableFileException.class)
			.hasMessage("the RFI file has no <div>dd/MM/yyyy - HH:mm</div> date");
	}

	@Test
	void readsAMinimalFragment() {
		ParsedArticle article = this.parser.parse(HEAD + "<div>18/02/2023 - 08:04</div><div><p> 正文\n第一段 </p></div>");
		assertThat(article.title()).isEqualTo("标题");
		assertThat(article.section()).isEqualTo("印太纵览");
		assertThat(article.lede()).isNull();
		assertThat(SeedParsingTests.paragraphs(article)).containsExactly("正文第一段");
	}

	@Test
	void keepsABoldParagraphInsideTheArticleAsBody() {
		ParsedArticle article = this.parser
			.parse(HEAD + "<div>18/02/2023 - 08:04</div><div><p><strong>小标题</strong></p><p>正文</p></div>");
		assertThat(article.lede()).isNull();
		assertThat(SeedParsingTests.paragraphs(article)).containsExactly("小标题", "正文");
	}

	@Test
	void keepsNoMarkupFromScriptsEventHandlersOrJavascriptLinks() {
		String hostile = "<script>alert(1)</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">x</a>";
		String seed = Seeds.text(Seeds.RFI_COLUMN)
			.replace("[北约秘书长访日", "[<b onmouseover=alert(1)>北约秘书长访日</b>")
			.replace("<div>18/02/2023", hostile + "<div>18/02/2023")
			.replace("<strong>自去年6月", "<strong>" + hostile + "自去年6月")
			.replace("<p>据共同社报导", "<p>" + hostile + "据共同社报导");
		ParsedArticle article = this.parser.parse(seed);
		String stored = SeedParsingTests.allText(article) + article.url();
		assertThat(stored).doesNotContain("<", ">", "onerror", "onmouseover", "javascript:", "alert(1)");
		assertThat(article.title()).isEqualTo("北约秘书长访日：在更危险的世界里，日本可指望北约与你们站在一起");
		assertThat(article.lede()).startsWith("x自去年6月");
		assertThat(SeedParsingTests.paragraphs(article).getFirst()).startsWith("x据共同社报导");
		assertThat(SeedParsingTests.paragraphs(article)).hasSize(35);
		assertThat(article.images()).hasSize(1);
	}

}
