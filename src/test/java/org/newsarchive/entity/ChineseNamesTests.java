package org.newsarchive.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.newsarchive.entity.ArticleText.Segment;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNamesTests {

	private final ChineseNames names = new ChineseNames(Set.of("北约", "日本", "中国", "东京"));

	@Test
	void readsNamesRightAfterTitles() {
		assertThat(this.names.afterTitles("日本外相林芳正证实消息")).containsExactly("林芳正");
		assertThat(this.names.afterTitles("中国中山大学教授孙兴杰则投书港媒")).containsExactly("孙兴杰");
		assertThat(this.names.afterTitles("报道还援引庆应义塾大学综合政策系副教授鹤冈路人的说法")).containsExactly("鹤冈路人");
		assertThat(this.names.afterTitles("日本外相林芳正在上月5日的北约外长会上曾透露")).containsExactly("林芳正");
		assertThat(this.names.afterTitles("国防大学校长刘志铭上将会面")).containsExactly("刘志铭");
		assertThat(this.names.afterTitles("法国驻日大使塞顿说，")).containsExactly("塞顿");
		assertThat(this.names.afterTitles("丹麦驻日本大使彼得·塔克索-延森对《日经亚洲》称")).containsExactly("彼得·塔克索-延森");
	}

	@Test
	void aTitleWithOneNameAfterItIsReadWithoutHanLp() {
		List<String> tagged = new ArrayList<>();
		ChineseNames counted = new ChineseNames(Set.of("北约", "日本", "中国", "东京"), new LearnedNames(), (text) -> {
			tagged.add(text);
			return ChineseNames.tagged(text);
		});
		assertThat(counted.afterTitles("日本外相林芳正证实消息")).containsExactly("林芳正");
		assertThat(counted.afterTitles("北约秘书长访日：在更危险的世界里")).isEmpty();
		assertThat(tagged).isEmpty();
	}

	@Test
	void hanLpChoosesBetweenTwoNamesAfterATitle() {
		List<String> tagged = new ArrayList<>();
		ChineseNames counted = new ChineseNames(Set.of("北约", "日本", "中国", "东京"), new LearnedNames(), (text) -> {
			tagged.add(text);
			return ChineseNames.tagged(text);
		});
		assertThat(counted.afterTitles("日本外相林芳正在上月5日的北约外长会上曾透露")).containsExactly("林芳正");
		assertThat(tagged).containsExactly("林芳正在上月5日的北");
	}

	@Test
	void wordsAfterTitlesAreNotNames() {
		assertThat(this.names.afterTitles("北约秘书长访日：在更危险的世界里")).isEmpty();
		assertThat(this.names.afterTitles("我现在和北约秘书长一起坐在这里")).isEmpty();
		assertThat(this.names.afterTitles("这是由细谷教授提出的问题")).isEmpty();
		assertThat(this.names.afterTitles("岸田首相参加我们在马德里举行的北约峰会")).isEmpty();
		assertThat(this.names.afterTitles("该大使称，“下一个合乎逻辑的步骤")).isEmpty();
		assertThat(this.names.afterTitles("在新的战略概念文件中将中国列为系统性挑战")).isEmpty();
	}

	@Test
	void keepsTitledOrRepeatedNamesAndDropsFragments() {
		ChineseNames.Result result = this.names.find(
				segments("位于台北的研究所所长苏紫云分析此次合作。", "陈宥桦教授认为，北约与日本最近紧密互动。", "日本国际教养大学中国研究助理教授陈宥桦则告诉BBC称。"),
				Set.of("斯托尔滕贝格"));
		assertThat(result.names()).containsExactlyInAnyOrder("苏紫云", "陈宥桦");
	}

	@Test
	void aShortFormWithoutTheGivenNameIsAnAlias() {
		ChineseNames.Result result = this.names.find(segments("丹麦驻日本大使彼得·塔克索-延森对《日经亚洲》称，", "塔克索-延森声称，自2010年以来"),
				Set.of());
		assertThat(result.names()).containsExactly("彼得·塔克索-延森");
		assertThat(result.aliases()).isEqualTo(Map.of("塔克索-延森", "彼得·塔克索-延森"));
	}

	@Test
	void namesOfGlossesEndTheirRun() {
		assertThat(this.names.nameEndingRun("澳大利亚总理阿尔巴尼斯")).isEqualTo("阿尔巴尼斯");
		assertThat(this.names.nameEndingRun("联合野外训练演习")).isNull();
	}

	private static List<Segment> segments(String... texts) {
		return Arrays.stream(texts).map((text) -> new Segment(text, text, true, null)).toList();
	}

}
