package org.newsarchive.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Words that tell a name is near: the titles news puts before a person's name
 * ({@code 首相}, {@code 发言人}, {@code President}) and the words that follow one.
 */
final class Titles {

	/** Chinese titles, longest first so that {@code 副教授} wins over {@code 教授}. */
	static final List<String> CHINESE = Stream
		.of("秘书长", "副秘书长", "首相", "总统", "副总统", "总理", "副总理", "发言人", "外相", "外长", "外交部长", "外交大臣", "国务卿", "防长", "防卫大臣",
				"防卫相", "国防部长", "部长", "大臣", "大使", "公使", "领事", "司长", "局长", "处长", "校长", "院长", "所长", "主任", "教授", "副教授",
				"助理教授", "讲师", "研究员", "学者", "主席", "副主席", "总书记", "议长", "议员", "国王", "女王", "王储", "上将", "中将", "少将", "将军",
				"司令", "参谋长", "总监", "总干事", "行长", "总裁", "市长", "州长", "分析师", "特使", "首席执行官", "董事长", "总司令", "主编", "记者", "选手",
				"老将", "小将", "运动员", "主教练", "总教练", "教练", "球员", "导演", "演员", "女星", "歌手", "经理", "书记", "委员长", "副委员长", "医生",
				"护理师", "副校长", "顾问", "指挥官", "夫人")
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	/**
	 * Words that may follow a Chinese name: verbs of saying and doing, particles and
	 * conjunctions. A guessed name must be followed by one of them or by punctuation.
	 */
	static final List<String> CHINESE_FOLLOWERS = List.of("说", "称", "表示", "认为", "指出", "强调", "透露", "分析", "告诉", "谈到", "则",
			"也", "的", "在", "对", "于", "与", "和", "及", "曾", "将", "已", "会见", "证实", "随即", "接受", "回答", "补充", "接着", "访问", "前往",
			"出席", "上将", "中将", "少将", "等", "再", "又", "就", "以", "向", "是", "为", "同", "还", "却", "表明", "宣布", "发表", "呼吁", "提出",
			"批评", "上台", "声称", "看来", "指", "率", "今", "此前", "日前", "近日", "当时", "亦", "都", "一直", "主持", "参加", "逝世", "陪同", "介绍",
			"签署", "致", "作", "当天", "邀请", "同志", "陪", "递交", "最近", "会晤", "通电话", "举行", "致电", "抵达", "赞赏", "祝贺", "成为", "根据",
			"希望", "正在", "已经", "目前", "回应", "承认", "警告", "重申", "获得", "担任", "当选", "穿着");

	/**
	 * Words that get glued to the end of a name by a wrong cut ({@code 蔡奇陪同} read as
	 * {@code 蔡奇陪}): a guess ending in one of them is the name before it.
	 */
	static final List<String> GLUED_AFTER_NAMES = List.of("表示", "指出", "会见", "介绍", "邀请", "当天", "强调", "主持", "出席", "陪同",
			"认为", "说", "陪", "作", "关", "称", "在", "同", "等", "和", "与", "向", "对");

	/** Words a role does not run across: it starts after the last of them. */
	static final List<String> ROLE_BREAKS = List.of("与", "和", "及", "同", "跟", "向", "对", "由", "是", "为", "被", "让", "了",
			"在", "据", "称", "说", "指", "会见", "拜会", "而", "但", "则", "也", "都", "还", "即", "将", "曾", "又", "再", "并", "欢迎", "批评",
			"认为", "表示", "援引", "的", "从", "当", "到", "把");

	/** English titles and words that are never part of a personal name. */
	static final Set<String> ENGLISH = Set.of("President", "Vice", "Prime", "Minister", "Chancellor", "Secretary",
			"General", "Secretary-General", "Foreign", "Defence", "Defense", "Spokesperson", "Spokesman", "Spokeswoman",
			"Ambassador", "Professor", "Dr", "Mr", "Mrs", "Ms", "Commissioner", "King", "Queen", "Premier", "Chairman",
			"Chair", "Director", "Director-General", "Commander", "Admiral", "Lieutenant", "Colonel", "Senator",
			"Governor", "Mayor", "Leader", "Pope", "Chief", "Deputy", "Assistant", "Associate", "Senior");

	static final Set<String> ENGLISH_NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "As", "By", "For", "From",
			"With", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "But", "And", "Or", "If",
			"While", "When", "After", "Before", "Since", "Although", "According", "Analysts", "Related", "News",
			"Photo", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
			"November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
			"Japanese", "Chinese", "German", "French", "British", "American", "Russian", "Ukrainian", "Korean",
			"Australian", "Canadian", "Indian", "European", "Western", "Eastern", "Northern", "Southern", "Asian",
			"Atlantic", "Pacific", "Asia-Pacific", "Indo-Pacific", "Such", "Aside", "Later", "Earlier", "Meanwhile",
			"However", "Today", "Yesterday", "Also", "Then", "Now", "Last", "Next", "Many", "Some", "Both", "Officials",
			"Relevant");

	/** Words that make a run of capitalised words an organisation, event or place. */
	static final Set<String> ENGLISH_ORGANISATION_WORDS = Set.of("University", "College", "School", "Academy",
			"Institute", "Project", "Center", "Centre", "Council", "Commission", "Ministry", "Department", "Agency",
			"Force", "Forces", "Army", "Navy", "Air", "Self-Defense", "Office", "Group", "Party", "Times", "Post",
			"Company", "Bank", "Fund", "Organization", "Organisation", "Association", "Committee", "Union", "Alliance",
			"Summit", "Review", "Program", "Programme", "Foundation", "International", "National", "Republic",
			"Kingdom", "States", "Nations", "Sea", "Ocean", "Bay", "Strait", "Island", "Islands", "Fleet", "Images",
			"Cooperative", "Cyber", "Excellence", "Treaty", "Strategy", "Strategic", "Impulse", "Maritime", "Defence",
			"Defense", "Military", "Government", "Parliament", "Congress", "Court", "Region", "Club", "Network");

	private Titles() {
	}

	/** The Chinese title that {@code text} ends with at {@code end}, or null. */
	static String chineseTitleEndingAt(String text, int end) {
		for (String title : CHINESE) {
			if (end >= title.length() && text.startsWith(title, end - title.length())) {
				return title;
			}
		}
		return null;
	}

	/** The Chinese title that starts at {@code start}, or null. */
	static String chineseTitleAt(String text, int start) {
		for (String title : CHINESE) {
			if (text.startsWith(title, start)) {
				return title;
			}
		}
		return null;
	}

	static boolean followerAt(String text, int at) {
		if (at >= text.length() || !ArticleText.Segment.isHan(text.charAt(at))) {
			return true;
		}
		for (String follower : CHINESE_FOLLOWERS) {
			if (text.startsWith(follower, at)) {
				return true;
			}
		}
		return chineseTitleAt(text, at) != null;
	}

}
