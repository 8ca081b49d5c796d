package org.newsarchive.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleReaderTests {

	@Test
	void readsTheTitleWordsBeforeAName() {
		assertThat(role("今年1月底，北约秘书长斯托尔滕贝格飞抵东京", "斯托尔滕贝格")).isEqualTo("北约秘书长");
		assertThat(role("1月31日,日本首相岸田文雄在东京会见", "岸田文雄")).isEqualTo("日本首相");
		assertThat(role("中国外交部发言人毛宁在新闻会上", "毛宁")).isEqualTo("中国外交部发言人");
		assertThat(role("英国《金融时报》日前报导指，法国总统马克龙认为", "马克龙")).isEqualTo("法国总统");
	}

	@Test
	void stopsAtVerbsPrepositionsAndDates() {
		assertThat(role("与法国总统马克龙在广岛进行了会晤", "马克龙")).isEqualTo("法国总统");
		assertThat(role("去年6月日本首相岸田文雄出席", "岸田文雄")).isEqualTo("日本首相");
		assertThat(role("到了前首相安倍晋三后", "安倍晋三")).isEqualTo("前首相");
	}

	@Test
	void noTitleNoRole() {
		assertThat(role("事实上，斯托尔滕贝格年初访日时", "斯托尔滕贝格")).isNull();
		assertThat(role("拜会岸田文雄", "岸田文雄")).isNull();
	}

	@Test
	void answersInTheOriginalScript() {
		String original = "報道稱,日本首相岸田文雄和北約秘書長斯托爾滕貝格在后者";
		String folded = new ScriptFolder().fold(original);
		assertThat(RoleReader.roleBefore(folded, original, folded.indexOf("斯托尔滕贝格"))).isEqualTo("北約秘書長");
	}

	private static String role(String text, String name) {
		return RoleReader.roleBefore(text, text, text.indexOf(name));
	}

}
