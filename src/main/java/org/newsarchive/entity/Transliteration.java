package org.newsarchive.entity;

/**
 * The characters Chinese uses to spell foreign names by sound ({@code 斯托尔滕贝格}).
 */
final class Transliteration {

	private static final String CHARACTERS = "阿埃艾爱安奥巴拜班邦鲍贝本比彼毕波伯博布查察达戴丹道德登迪蒂丁东杜顿多厄恩尔法范菲费芬丰弗福盖甘冈高戈格葛古哈海汉豪赫亨洪胡华霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉连林琳卢鲁伦罗洛马玛麦曼梅门蒙米明莫默姆穆纳娜奈内尼涅宁努诺欧帕潘佩彭皮普乔切琼丘萨塞桑森沙尚舍什施史斯松苏索塔泰坦汤唐特提图托瓦万威维韦温沃乌西希谢辛休雅亚扬耶伊因尤约泽扎詹兹卓佐滕延夫别武";

	private Transliteration() {
	}

	static boolean looksTransliterated(String name) {
		return name.chars().allMatch((c) -> CHARACTERS.indexOf(c) >= 0);
	}

}
