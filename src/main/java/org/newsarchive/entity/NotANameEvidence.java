package org.newsarchive.entity;

import java.util.List;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * What says a guessed name is not a person's: it ends the way places, organisations, laws
 * and events do ({@code 库尔斯克}, {@code 卫福部}, {@code 劳基法}, {@code 世大运}), the text puts a
 * place word after it ({@code 哈尔科夫州}), or, when no role stands before it, it is cut out
 * of a longer word ({@code 外国元首} → {@code 国元首}, {@code 公平正义} → {@code 平正义}) or is a
 * phrase of dictionary words ({@code 多次强调}).
 */
final class NotANameEvidence {

	private static final List<String> ENDINGS = List.of("斯克", "格勒", "堡", "港", "湾", "岛", "州", "省", "市", "县", "区", "镇",
			"村", "部", "委", "局", "署", "厅", "院", "党", "社", "法", "运", "所", "会", "中心", "集团", "公司", "银行", "医院", "大学", "计划",
			"系统", "工程", "文明", "正义", "关系", "货物");

	private static final List<String> PLACE_WORDS_AFTER = List.of("州", "市", "省", "地区", "方向", "一带", "前线", "境内", "机场",
			"港口", "台风", "号");

	private static final List<String> STORM_WORDS = List.of("台风", "飓风", "热带风暴", "气旋");

	/**
	 * Characters after which a name may start: particles, prepositions, conjunctions and
	 * the verbs that take a person ({@code 会见}, {@code 感谢}, {@code 欢迎}).
	 */
	private static final String MAY_PRECEDE = "叫像的和与及同对向让给被由据是为将把从在于跟请见称说等谢迎电贺派任选访问以使令带有即并或而但则也就都还又再曾已今昨当";

	private NotANameEvidence() {
	}

	/**
	 * @param name the guessed name, folded
	 * @param text the article's Chinese text, folded
	 * @param roled whether a title or role stands right before the name somewhere
	 */
	static boolean of(String name, String text, boolean roled) {
		for (String ending : ENDINGS) {
			if (name.endsWith(ending) && name.length() > ending.length()) {
				return true;
			}
		}
		if (placeWordAfter(name, text) || stormWordBefore(name, text)) {
			return true;
		}
		return !roled && (alwaysInsideALongerWord(name, text) || neverFollowedLikeAName(name, text) || phrase(name));
	}

	/**
	 * Whether a full Chinese name (a common surname and two characters) may start at
	 * {@code at}: anywhere the character before does not make a word with its surname
	 * ({@code 组合王楚钦}, not {@code 外国元首}).
	 */
	static boolean mayStartAt(String text, int at) {
		if (at > 0 && Character.isDigit(text.charAt(at - 1))) {
			return false; // 3万多户 counts households
		}
		return at == 0 || !ArticleText.Segment.isHan(text.charAt(at - 1))
				|| MAY_PRECEDE.indexOf(text.charAt(at - 1)) >= 0 || !word(text.substring(at - 1, at + 1));
	}

	/** {@code 台风莫兰蒂}: storms are named like people. */
	private static boolean stormWordBefore(String name, String text) {
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			for (String word : STORM_WORDS) {
				if (text.startsWith(word, at - word.length())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean placeWordAfter(String name, String text) {
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			int end = at + name.length();
			if (Titles.chineseTitleAt(text, end) != null) {
				continue;
			}
			for (String word : PLACE_WORDS_AFTER) {
				if (text.startsWith(word, end)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean alwaysInsideALongerWord(String name, String text) {
		boolean seen = false;
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			seen = true;
			if (at == 0) {
				return false;
			}
			char before = text.charAt(at - 1);
			boolean wordAcross = word(before + name.substring(0, 1));
			boolean fullName = name.length() == 3 && Surnames.startsChineseName(name);
			if (!ArticleText.Segment.isHan(before) || ((MAY_PRECEDE.indexOf(before) >= 0 || fullName) && !wordAcross)
					|| Titles.chineseTitleEndingAt(text, at) != null) {
				return false;
			}
		}
		return seen;
	}

	/** {@code 华龙一号}, {@code 陆海新通道}: never a verb, particle or punctuation after it. */
	private static boolean neverFollowedLikeAName(String name, String text) {
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			if (Titles.followerAt(text, at + name.length())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A dictionary word itself ({@code 下一步}), two dictionary words
	 * ({@code 多次}+{@code 强调}), or, for three characters not starting with a surname, a
	 * dictionary word and a character ({@code 占}+{@code 全国}).
	 */
	private static boolean phrase(String name) {
		if (word(name)) {
			return true;
		}
		for (int cut = 2; cut <= name.length() - 2; cut++) {
			if (word(name.substring(0, cut)) && word(name.substring(cut))) {
				return true;
			}
		}
		return name.length() == 3 && !Surnames.startsChineseName(name)
				&& (word(name.substring(1)) || word(name.substring(0, 2)));
	}

	/** Whether the dictionary holds {@code text} as a word other than a name. */
	static boolean word(String text) {
		CoreDictionary.Attribute word = CoreDictionary.get(text);
		return word != null && !word.nature[0].startsWith("nr");
	}

}
