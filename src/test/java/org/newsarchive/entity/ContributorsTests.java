package org.newsarchive.entity;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.Image;
import org.newsarchive.article.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;

class ContributorsTests {

	private final EntityRecognizer recognizer = new EntityRecognizer();

	@Test
	void bylinesAndCreditsAreNotPeopleTheArticleIsAbout() {
		Recognition recognition = this.recognizer.recognise(article("北约秘书长斯托尔滕贝格飞抵东京。"));
		assertThat(recognition.people()).extracting(RecognisedEntity::key).containsExactly("jens-stoltenberg");
	}

	@Test
	void aContributorNamedAsASubjectCounts() {
		Recognition recognition = this.recognizer.recognise(article("BBC记者吕嘉鸿在东京采访了北约秘书长斯托尔滕贝格。"));
		assertThat(recognition.people()).extracting(RecognisedEntity::canonicalName)
			.containsExactlyInAnyOrder("斯托尔滕贝格", "吕嘉鸿");
	}

	private static ParsedArticle article(String paragraph) {
		List<Contributor> contributors = List.of(new Contributor("吕嘉鸿", Contributor.Role.AUTHOR),
				new Contributor("Wen Weiru", Contributor.Role.AUTHOR, "文威入", null),
				new Contributor("Li Jiayao", Contributor.Role.EDITOR));
		List<Block> body = List.of(Block.paragraph("吕嘉鸿", "zh-Hans"), Block.paragraph("By Wen Weiru", "en"),
				Block.paragraph("文威入", "zh-Hans"), Block.paragraph(paragraph, "zh-Hans"), Block.image(0));
		Image image = new Image("a.jpg", "Jens Stoltenberg in Tokyo", "斯托尔滕贝格在东京", null,
				"Takashi Aoyama / Pool /Anadolu Agency via Getty");
		return new ParsedArticle("test", "标题", null, null, null, contributors, null, null, List.of("zh-Hans"), null,
				body, List.of(image), 0, List.of(), "test");
	}

}
