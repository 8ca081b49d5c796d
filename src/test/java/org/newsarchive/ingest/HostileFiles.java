package org.newsarchive.ingest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Files made to hurt the importer, each a real article of its format around one hostile
 * shape: what the upload and the start-up folder are tested with.
 */
public final class HostileFiles {

	/** How many short lines {@link #manyShortLines()} holds. */
	public static final int SHORT_LINES = 50_000;

	private static final String GUANCHA_HEAD = "-\n%s\n-\n楊蓉yangrong@guancha.cn\n(觀察者網訊)據報道,北約擬在東京設立聯絡處。\n";

	private static final String GUANCHA_COPYRIGHT = "本文系觀察者網獨家稿件,未經授權,不得轉載。\n";

	private static final String CHINAMIL_HEAD = "%s\n\n%s\n\nSource\nChina Military Online\nEditor\nLi Jiayao\nTime\n"
			+ "2023-05-12 18:07:23\n\n";

	private static final String RFI_HEAD = "<!--1686669304000-->\n";

	private static final String RFI_LINK = "[%s - 国际](https://www.rfi.fr/cn/国际/%s)\n------\n\n";

	private HostileFiles() {
	}

	/** A Guancha article with {@code ?!?} and 20,000 more {@code ?}: deep recursion. */
	public static byte[] runOfQuestionMarks() {
		return utf8(GUANCHA_HEAD.formatted("問號測試:北約擬在東京設立聯絡處") + "此舉將?!?" + "?".repeat(20_000) + "提到。\n"
				+ GUANCHA_COPYRIGHT);
	}

	/**
	 * A Guancha article whose editor line pads the name with 200,000 no-break spaces and
	 * then goes on: quadratic backtracking.
	 */
	public static byte[] paddedEditorLine() {
		return utf8(GUANCHA_HEAD.formatted("編輯行測試:北約擬在東京設立聯絡處") + GUANCHA_COPYRIGHT + "- 責任編輯: 楊蓉"
				+ "\u00A0".repeat(200_000) + " y\n");
	}

	/**
	 * A China Military article whose caption line is {@code a}, 300,000 spaces,
	 * {@code b}.
	 */
	public static byte[] spacedCaption() {
		return utf8(CHINAMIL_HEAD.formatted("Spaced caption test", "空格说明测试") + "a" + " ".repeat(300_000) + "b\n\n"
				+ "NATO plans an office.\n\n北约计划设立办事处。\n");
	}

	/** An RFI page whose link line is {@code [} and 30,000 {@code ](http://a}. */
	public static byte[] linkFragments() {
		return utf8(
				RFI_HEAD + "[" + "](http://a".repeat(30_000) + "\n------\n\n<div>13/06/2023 - 16:18</div><p>正文。</p>");
	}

	/** An RFI page whose paragraph sits in 60,000 nested {@code <div>}. */
	public static byte[] nestedDivs() {
		return utf8(RFI_HEAD + RFI_LINK.formatted("嵌套测试", "nested") + "<div>13/06/2023 - 16:18</div>"
				+ "<div>".repeat(60_000) + "<p>北约将在东京设立联络处。</p>" + "</div>".repeat(60_000));
	}

	/**
	 * A China Military article of 50,000 short English lines, none with its translation:
	 * a warning and a block for every one.
	 */
	public static byte[] manyShortLines() {
		StringBuilder text = new StringBuilder(CHINAMIL_HEAD.formatted("Short lines test", "短行测试"));
		for (int i = 0; i < SHORT_LINES; i++) {
			text.append("L").append(i % 1000).append('\n');
		}
		return utf8(text.toString());
	}

	/**
	 * Seed 003 under another title, in UTF-16 with a byte order mark, holding two NULs.
	 */
	public static byte[] utf16WithNul() {
		String text = Seeds.text(Seeds.CHINAMIL)
			.replace("NATO to open liaison office in Tokyo", "NATO\u0000 test")
			.replace("北约将在日本设立联络机构", "北约\u0000测试");
		byte[] content = text.getBytes(StandardCharsets.UTF_16LE);
		byte[] withBom = new byte[content.length + 2];
		withBom[0] = (byte) 0xFF;
		withBom[1] = (byte) 0xFE;
		System.arraycopy(content, 0, withBom, 2, content.length);
		return withBom;
	}

	/** Every file above, by the file name it is imported as, in import order. */
	public static Map<String, byte[]> all() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("a-question-marks.txt", runOfQuestionMarks());
		files.put("b-padded-editor.txt", paddedEditorLine());
		files.put("c-spaced-caption.txt", spacedCaption());
		files.put("d-link-fragments.txt", linkFragments());
		files.put("e-nested-divs.txt", nestedDivs());
		files.put("f-short-lines.txt", manyShortLines());
		files.put("g-utf16-nul.txt", utf16WithNul());
		return files;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
