package org.newsarchive.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptFolderTests {

	private final ScriptFolder folder = new ScriptFolder();

	@Test
	void foldsTraditionalToSimplified() {
		assertThat(this.folder.fold("毛寧")).isEqualTo("毛宁");
		assertThat(this.folder.fold("斯托爾滕貝格")).isEqualTo("斯托尔滕贝格");
		assertThat(this.folder.fold("鶴岡路人")).isEqualTo("鹤冈路人");
		assertThat(this.folder.fold("北約秘書長")).isEqualTo("北约秘书长");
	}

	@Test
	void foldsJapaneseShinjitaiIcuLeavesAlone() {
		assertThat(this.folder.fold("森聡")).isEqualTo("森聪");
	}

	@Test
	void keepsLengthAndLatinText() {
		String text = "丹麥駐日本大使彼得·塔克索-延森 (AP4) Jens Stoltenberg";
		assertThat(this.folder.fold(text)).hasSameSizeAs(text).endsWith("(AP4) Jens Stoltenberg");
	}

	@Test
	void derivesTraditional() {
		assertThat(this.folder.traditional("鹤冈路人")).isEqualTo("鶴岡路人");
	}

}
