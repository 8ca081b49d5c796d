package org.newsarchive.ingest;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.Block;
import org.newsarchive.article.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChinaMilTextParserTests {

	private static final String HEAD = "Title\n\n标题\n\nSource\nChina Military Online\nEditor\nLi Jiayao\nTime\n";

	private final ChinaMilTextParser parser = new ChinaMilTextParser();

	@Test
	void readsAnArticleWithoutCaptionOrByline() {
		ParsedArticle article = this.parser.parse(HEAD + "2023-05-12 18:07:23\n\nOne.\n\n一。\n\nback\n");
		assertThat(article.contributors()).hasSize(1);
		assertThat(article.images()).isEmpty();
		assertThat(article.body()).containsExactly(new Block(Block.Kind.PARAGRAPH, "One.", "en", 0, null),
				new Block(Block.Kind.PARAGRAPH, "一。", "zh-Hans", 0, null));
	}

	@Test
	void warnsAboutAParagraphWithoutTranslation() {
		ParsedArticle article = this.parser.parse(HEAD + "2023-05-12 18:07:23\n\nOne.\n\n一。\n\nTwo.\n");
		assertThat(article.body()).last().isEqualTo(Block.paragraph("Two.", "en"));
		assertThat(article.warnings()).containsExactly("paragraph without a translation: Two.");
	}

	@Test
	void rejectsAFileThatEndsBeforeTheArticle() {
		assertThatThrownBy(() -> this.parser.parse(HEAD + "2023-05-12 18:07:23\n"))
			.isInstanceOf(UnreadableFileException.class)
			.hasMessage("the China Military Online file ends before its article text");
	}

	@Test
	void rejectsAnUnreadableTime() {
		assertThatThrownBy(() -> this.parser.parse(HEAD + "yesterday\n\nOne.\n\n一。\n\nTwo.\n"))
			.isInstanceOf(UnreadableFileException.class)
			.hasMessage("the China Military Online file's Time is not yyyy-MM-dd HH:mm:ss but \"yesterday\"");
	}

}
