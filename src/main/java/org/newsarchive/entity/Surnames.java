package org.newsarchive.entity;

/**
 * How a personal name read off an apposition may begin: with a common Chinese surname,
 * the first character of a common Japanese or Korean family name, or a character used to
 * spell foreign names. {@code 访日} after {@code 秘书长} is not a name.
 */
final class Surnames {

	private static final String CHINESE = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

	private static final String JAPANESE_AND_KOREAN = "岸安菅石高河茂岩上小中山田佐铃渡伊松井木清桥池竹星野村浅冈宫大西东北前后森细鹤富福长远近今原藤加坂吉青久石野横浜小泉麻枝玉岛平稻冲宇川滨尾篠荒樱朴崔郑";

	private Surnames() {
	}

	/** Whether a name of two or three characters starts with a common Chinese surname. */
	static boolean startsChineseName(String name) {
		return name.length() <= 3 && CHINESE.indexOf(name.charAt(0)) >= 0;
	}

	static boolean startsName(String name) {
		char first = name.charAt(0);
		return CHINESE.indexOf(first) >= 0 || JAPANESE_AND_KOREAN.indexOf(first) >= 0
				|| Transliteration.looksTransliterated(String.valueOf(first));
	}

}
