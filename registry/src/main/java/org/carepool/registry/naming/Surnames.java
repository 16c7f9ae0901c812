package org.carepool.registry.naming;

import java.util.List;
import java.util.Map;

/**
 * How surnames are read when their characters are read differently elsewhere, and which
 * pairs of characters are one surname.
 */
final class Surnames {

	// Single-character surnames whose family reading differs from the
	// character's most common one. 尉 alone is Wèi; only in 尉迟 is it Yù.
	// 单于 is left out on purpose: today 单于洋 is far more likely 单 + 于洋
	// than the ancient compound surname.
	private static final Map<String, String> SINGLE = Map.ofEntries(Map.entry("曾", "zeng"), Map.entry("单", "shan"),
			Map.entry("單", "shan"), Map.entry("解", "xie"), Map.entry("仇", "qiu"), Map.entry("区", "ou"),
			Map.entry("區", "ou"), Map.entry("查", "zha"), Map.entry("朴", "piao"), Map.entry("樸", "piao"),
			Map.entry("缪", "miao"), Map.entry("繆", "miao"), Map.entry("盖", "ge"), Map.entry("蓋", "ge"),
			Map.entry("乐", "yue"), Map.entry("樂", "yue"), Map.entry("覃", "qin"), Map.entry("翟", "zhai"),
			Map.entry("种", "chong"), Map.entry("種", "chong"), Map.entry("秘", "bi"), Map.entry("员", "yun"),
			Map.entry("員", "yun"), Map.entry("召", "shao"), Map.entry("折", "she"), Map.entry("华", "hua"),
			Map.entry("華", "hua"), Map.entry("任", "ren"), Map.entry("沈", "shen"), Map.entry("薄", "bo"),
			Map.entry("宁", "ning"), Map.entry("寧", "ning"), Map.entry("纪", "ji"), Map.entry("紀", "ji"),
			Map.entry("燕", "yan"), Map.entry("尉", "wei"), Map.entry("重", "chong"), Map.entry("繁", "po"),
			Map.entry("句", "gou"), Map.entry("乜", "nie"), Map.entry("黑", "he"), Map.entry("瞿", "qu"),
			Map.entry("能", "nai"), Map.entry("都", "du"), Map.entry("阚", "kan"), Map.entry("褚", "chu"),
			Map.entry("藉", "ji"), Map.entry("适", "kuo"), Map.entry("洗", "xian"), Map.entry("祭", "zhai"),
			Map.entry("宿", "su"), Map.entry("柏", "bai"), Map.entry("贲", "ben"), Map.entry("莘", "shen"),
			Map.entry("镡", "tan"), Map.entry("便", "pian"), Map.entry("长", "chang"), Map.entry("長", "chang"),
			Map.entry("车", "che"), Map.entry("角", "jue"), Map.entry("那", "na"), Map.entry("粘", "nian"),
			Map.entry("殷", "yin"), Map.entry("冯", "feng"), Map.entry("贾", "jia"), Map.entry("石", "shi"),
			Map.entry("万", "wan"), Map.entry("萬", "wan"), Map.entry("隗", "wei"), Map.entry("郇", "huan"),
			Map.entry("佴", "nai"), Map.entry("藏", "zang"), Map.entry("卜", "bu"), Map.entry("朝", "chao"),
			Map.entry("盛", "sheng"), Map.entry("传", "chuan"), Map.entry("奇", "qi"), Map.entry("哈", "ha"),
			Map.entry("曲", "qu"), Map.entry("过", "guo"), Map.entry("应", "ying"), Map.entry("要", "yao"));

	private static final Map<String, List<String>> COMPOUND = Map.ofEntries(compound("欧阳", "ou", "yang"),
			compound("歐陽", "ou", "yang"), compound("司马", "si", "ma"), compound("司馬", "si", "ma"),
			compound("诸葛", "zhu", "ge"), compound("諸葛", "zhu", "ge"), compound("上官", "shang", "guan"),
			compound("东方", "dong", "fang"), compound("東方", "dong", "fang"), compound("皇甫", "huang", "fu"),
			compound("令狐", "ling", "hu"), compound("慕容", "mu", "rong"), compound("司徒", "si", "tu"),
			compound("夏侯", "xia", "hou"), compound("公孙", "gong", "sun"), compound("公孫", "gong", "sun"),
			compound("端木", "duan", "mu"), compound("宇文", "yu", "wen"), compound("尉迟", "yu", "chi"),
			compound("尉遲", "yu", "chi"), compound("长孙", "zhang", "sun"), compound("長孫", "zhang", "sun"),
			compound("万俟", "mo", "qi"), compound("萬俟", "mo", "qi"), compound("轩辕", "xuan", "yuan"),
			compound("軒轅", "xuan", "yuan"), compound("澹台", "tan", "tai"), compound("澹臺", "tan", "tai"),
			compound("闻人", "wen", "ren"), compound("赫连", "he", "lian"), compound("公羊", "gong", "yang"),
			compound("公冶", "gong", "ye"), compound("濮阳", "pu", "yang"), compound("淳于", "chun", "yu"),
			compound("太叔", "tai", "shu"), compound("申屠", "shen", "tu"), compound("仲孙", "zhong", "sun"),
			compound("钟离", "zhong", "li"), compound("鲜于", "xian", "yu"), compound("闾丘", "lv", "qiu"),
			compound("司空", "si", "kong"), compound("司寇", "si", "kou"), compound("亓官", "qi", "guan"),
			compound("子车", "zi", "ju"), compound("颛孙", "zhuan", "sun"), compound("巫马", "wu", "ma"),
			compound("公西", "gong", "xi"), compound("漆雕", "qi", "diao"), compound("乐正", "yue", "zheng"),
			compound("壤驷", "rang", "si"), compound("公良", "gong", "liang"), compound("拓跋", "tuo", "ba"),
			compound("夹谷", "jia", "gu"), compound("宰父", "zai", "fu"), compound("谷梁", "gu", "liang"),
			compound("段干", "duan", "gan"), compound("百里", "bai", "li"), compound("东郭", "dong", "guo"),
			compound("南门", "nan", "men"), compound("呼延", "hu", "yan"), compound("羊舌", "yang", "she"),
			compound("微生", "wei", "sheng"), compound("梁丘", "liang", "qiu"), compound("左丘", "zuo", "qiu"),
			compound("东门", "dong", "men"), compound("西门", "xi", "men"), compound("南宫", "nan", "gong"),
			compound("独孤", "du", "gu"), compound("第五", "di", "wu"));

	private Surnames() {
	}

	private static Map.Entry<String, List<String>> compound(String surname, String first, String second) {
		return Map.entry(surname, List.of(first, second));
	}

	/**
	 * The reading of a compound surname.
	 * @param characters two characters
	 * @return the two syllables, or {@code null} when the characters are not a compound
	 * surname
	 */
	static List<String> compound(String characters) {
		return COMPOUND.get(characters);
	}

	/**
	 * The reading of a single-character surname when it differs from the usual reading.
	 * @param character one character
	 * @return the syllable, or {@code null} when the usual reading is right
	 */
	static String single(String character) {
		return SINGLE.get(character);
	}

}
