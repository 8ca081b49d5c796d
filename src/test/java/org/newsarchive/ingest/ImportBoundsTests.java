package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.Image;
import org.newsarchive.article.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;

class ImportBoundsTests {

	@Test
	void keepsTwentyWarningsAndCountsTheRest() {
		List<String> warnings = IntStream.range(0, 50_000).mapToObj((i) -> "warning " + i).toList();
		assertThat(ImportBounds.warnings(warnings)).hasSize(21)
			.startsWith("warning 0", "warning 1")
			.contains("warning 19")
			.endsWith("… and 49,980 more warnings");
	}

	@Test
	void leavesAnArticleWithinTheBoundsAsItIs() {
		ParsedArticle article = article("Title", List.of(Block.paragraph("One.", "en")), List.of("a warning"));
		assertThat(ImportBounds.bound(article, List.of())).isEqualTo(article);
	}

	@Test
	void cutsAnArticleAfterAThousandBlocksAndDropsTheImagesOfTheRest() {
		List<Block> body = new ArrayList<>();
		body.add(Block.image(0));
		IntStream.range(0, 2_000).forEach((i) -> body.add(Block.paragraph("p" + i, "en")));
		body.add(Block.image(1));
		ParsedArticle article = new ParsedArticle("guancha", "Title", null, null, null, List.of(), null, null,
				List.of("en"), null, body, List.of(image("first"), image("last")), 0, List.of(), "test");
		ParsedArticle bounded = ImportBounds.bound(article, List.of("decoded with care"));
		assertThat(bounded.body()).hasSize(1_000).endsWith(Block.paragraph("p998", "en"));
		assertThat(bounded.images()).containsExactly(image("first"));
		assertThat(bounded.warnings()).containsExactly("decoded with care",
				"the article is cut after 1,000 blocks of its 2,002; the original file is kept whole");
	}

	@Test
	void cutsTheTextAfterTwoHundredThousandCharacters() {
		ParsedArticle article = article("Title", List.of(Block.paragraph("a".repeat(150_000), "en"),
				Block.paragraph("b".repeat(150_000), "en"), Block.paragraph("c", "en")), List.of());
		ParsedArticle bounded = ImportBounds.bound(article, List.of());
		assertThat(bounded.body()).containsExactly(Block.paragraph("a".repeat(150_000), "en"),
				Block.paragraph("b".repeat(50_000), "en"));
		assertThat(bounded.warnings())
			.containsExactly("the article's text is cut after 200,000 characters; the original file is kept whole");
	}

	@Test
	void cutsALongTitleAndNamesAndKeepsFiftyContributors() {
		List<Contributor> contributors = IntStream.range(0, 60)
			.mapToObj((i) -> new Contributor("名".repeat(2_000), Contributor.Role.AUTHOR))
			.toList();
		ParsedArticle article = new ParsedArticle("guancha", "題".repeat(5_000), null, null, null, contributors, null,
				null, List.of("zh-Hant"), null, List.of(Block.paragraph("正文。", "zh-Hant")), List.of(), 0, List.of(),
				"test");
		ParsedArticle bounded = ImportBounds.bound(article, List.of());
		assertThat(bounded.title()).isEqualTo("題".repeat(999) + "…");
		assertThat(bounded.contributors()).hasSize(50)
			.allSatisfy((c) -> assertThat(c.name()).isEqualTo("名".repeat(999) + "…"));
		assertThat(bounded.warnings()).containsExactly(
				"a title, name, caption or address longer than 1,000 characters is cut",
				"only the first 50 of 60 contributors are kept");
	}

	private static ParsedArticle article(String title, List<Block> body, List<String> warnings) {
		return new ParsedArticle("guancha", title, null, null, null, List.of(), null, null, List.of("en"), null, body,
				List.of(), 0, warnings, "test");
	}

	private static Image image(String caption) {
		return new Image(null, null, caption, null, null);
	}

}
