package org.carepool.registry.synthetic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carepool.registry.synthetic.SyntheticPerson.Gender;

/**
 * Chinese names as people in Shanghai carry them: surnames in proportion to how common
 * they are, given names that changed with the decades, and the pinyin each is spelled
 * with.
 */
final class Names {

	/** A drawn name and its toneless pinyin. */
	record Name(String chinese, String pinyin) {
	}

	// Weights loosely follow Shanghai's surname frequencies; polyphonic and
	// compound surnames are kept in on purpose, because search must read them
	// right.
	private static final Weighted<Name> SURNAMES = surnames("王wang60 陈chen60 张zhang55 李li50 吴wu30 周zhou30 "
			+ "徐xu35 朱zhu30 杨yang30 刘liu35 黄huang25 沈shen18 陆lu18 赵zhao18 孙sun18 胡hu18 顾gu14 马ma14 "
			+ "许xu12 何he12 林lin12 高gao12 郭guo10 郑zheng10 唐tang10 曹cao10 蒋jiang10 宋song9 姚yao9 金jin9 "
			+ "钱qian9 罗luo8 谢xie8 潘pan8 蔡cai8 叶ye8 丁ding8 施shi8 梁liang7 冯feng7 韩han6 曾zeng6 董dong6 "
			+ "袁yuan6 程cheng6 汪wang6 严yan6 倪ni6 邵shao6 邓deng5 彭peng5 肖xiao5 于yu5 余yu5 杜du5 苏su5 "
			+ "吕lv5 卢lu5 姜jiang5 范fan5 夏xia5 方fang5 傅fu5 龚gong5 戴dai5 田tian4 魏wei4 任ren4 钟zhong4 "
			+ "江jiang4 毛mao4 汤tang4 崔cui3 谭tan3 石shi3 贾jia3 邹zou3 孟meng3 秦qin3 邱qiu3 孔kong3 瞿qu3 "
			+ "华hua3 单shan2 缪miao2 乐yue2 翟zhai2 纪ji2 解xie1 仇qiu1 查zha1 盖ge1 覃qin1 燕yan1 宁ning1 "
			+ "薄bo1 区ou1 朴piao1 欧阳ouyang2 司马sima1 上官shangguan1 诸葛zhuge1");

	private static final Map<Character, String> READINGS = readings("秀xiu 英ying 桂gui 玉yu 兰lan 美mei 华hua "
			+ "丽li 凤feng 珍zhen 芳fang 爱ai 月yue 娥e 素su 金jin 菊ju 彩cai 娣di 小xiao 妹mei 根gen 佩pei 雅ya "
			+ "慧hui 敏min 娟juan 蓉rong 萍ping 红hong 静jing 艳yan 燕yan 霞xia 海hai 晓xiao 雪xue 梅mei 春chun "
			+ "君jun 文wen 婷ting 佳jia 琳lin 颖ying 倩qian 雯wen 菁jing 蓓bei 蕾lei 怡yi 诗shi 琪qi 思si 雨yu "
			+ "梦meng 瑶yao 欣xin 梓zi 涵han 可ke 馨xin 晨chen 萱xuan 若ruo 曦xi 桐tong 然ran 蕊rui 悦yue 璐lu "
			+ "嘉jia 心xin 建jian 国guo 强qiang 志zhi 明ming 卫wei 东dong 平ping 德de 宝bao 龙long 荣rong 福fu "
			+ "生sheng 永yong 康kang 伟wei 民min 庆qing 刚gang 勇yong 军jun 磊lei 杰jie 涛tao 斌bin 超chao "
			+ "峰feng 剑jian 云yun 立li 新xin 振zhen 鹏peng 亮liang 健jian 浩hao 子zi 轩xuan 宇yu 航hang 俊jun "
			+ "豪hao 一yi 鸣ming 博bo 皓hao 天tian 佑you 墨mo 阳yang 逸yi 凡fan 哲zhe 昊hao 熙xi 煜yu 辰chen "
			+ "睿rui 宸chen 泽ze 远yuan 语yu 嫣yan 彤tong 铭ming 凯kai");

	private static final Map<Gender, List<List<String>>> GIVEN_NAMES = Map.of(Gender.FEMALE,
			List.of(split("秀英 桂英 玉兰 美华 丽华 凤英 秀珍 桂芳 玉珍 爱华 月娥 素珍 金凤 菊芳 彩娣 小妹 根娣 佩芳 雅芳 慧珍 敏华 丽娟 秀兰 玉梅 蓉 萍 英 芳 红 珍"),
					split("丽 敏 静 艳 燕 娟 红霞 丽萍 海燕 晓燕 雪梅 春燕 丽君 慧敏 晓红 文静 婷婷 燕萍 佳 琳 颖 倩 晓雯 晓菁 雯 蓓 蕾 静怡 丽华 晓梅"),
					split("婷 佳怡 诗琪 思雨 梦瑶 雨欣 欣怡 梓涵 语嫣 可馨 静怡 晨 萱 佳琪 诗涵 子萱 若曦 雨桐 怡然 蕊 悦 琪 璐 佳慧 嘉欣 心怡 思彤 雨涵 梦琪 晓彤")),
			Gender.MALE,
			List.of(split("建国 国强 建华 志明 卫东 国平 德明 根宝 金龙 荣根 福生 永康 伟民 国庆 建平 志强 文龙 明 刚 强 伟 勇 军 平 华 德华 永明 国华 金宝 志平"),
					split("伟 磊 军 勇 杰 涛 斌 超 明 强 海峰 志刚 建军 晓东 俊 剑 云 峰 立新 卫国 海涛 晓明 振华 文斌 浩 鹏 亮 健 志勇 建新"),
					split("浩然 子轩 宇航 俊杰 梓豪 一鸣 博文 皓 宇 天佑 子墨 晨阳 嘉豪 逸凡 宇轩 晨 哲 昊 俊熙 子健 煜 辰 睿 宸 泽宇 思远 明轩 浩宇 一凡 凯")));

	private static final Map<Gender, List<String>> CHARACTERS = Map.of(Gender.FEMALE,
			split("秀 玉 丽 美 慧 敏 静 晓 雪 春 佳 琳 颖 倩 雯 怡 诗 琪 思 雨 梦 瑶 欣 梓 涵 馨 萱 若 悦 嘉 心 彤 婷 燕 芳 兰 梅 蓉"), Gender.MALE,
			split("建 国 强 志 明 卫 东 平 德 永 康 伟 民 庆 刚 勇 军 磊 杰 涛 斌 超 峰 剑 云 立 新 振 鹏 "
					+ "亮 健 浩 子 轩 宇 航 俊 豪 一 鸣 博 皓 天 哲 昊 辰 睿 泽 远 铭 凯"));

	private Names() {
	}

	static Name draw(SplittableRandom random, Gender gender, int birthYear) {
		Name surname = SURNAMES.draw(random);
		String given;
		if (random.nextInt(100) < 35) {
			List<String> characters = CHARACTERS.get(gender);
			given = characters.get(random.nextInt(characters.size()))
					+ characters.get(random.nextInt(characters.size()));
		}
		else {
			List<String> names = GIVEN_NAMES.get(gender).get(era(birthYear));
			given = names.get(random.nextInt(names.size()));
		}
		return new Name(surname.chinese() + given, surname.pinyin() + pinyin(given));
	}

	static List<Name> surnames() {
		return SURNAMES.choices();
	}

	private static int era(int birthYear) {
		if (birthYear < 1965) {
			return 0;
		}
		return (birthYear < 1985) ? 1 : 2;
	}

	private static String pinyin(String characters) {
		StringBuilder pinyin = new StringBuilder();
		for (int i = 0; i < characters.length(); i++) {
			pinyin.append(READINGS.get(characters.charAt(i)));
		}
		return pinyin.toString();
	}

	private static Weighted<Name> surnames(String table) {
		Weighted.Builder<Name> surnames = Weighted.builder();
		Matcher entry = Pattern.compile("(\\p{IsHan}+)([a-z]+)([0-9]+)").matcher(table);
		while (entry.find()) {
			surnames.add(new Name(entry.group(1), entry.group(2)), Integer.parseInt(entry.group(3)));
		}
		return surnames.build();
	}

	private static Map<Character, String> readings(String table) {
		Map<Character, String> readings = new HashMap<>();
		Matcher entry = Pattern.compile("(\\p{IsHan})([a-z]+)").matcher(table);
		while (entry.find()) {
			readings.put(entry.group(1).charAt(0), entry.group(2));
		}
		return Map.copyOf(readings);
	}

	private static List<String> split(String names) {
		List<String> split = List.of(names.split(" "));
		for (String name : split) {
			for (char character : name.toCharArray()) {
				if (!READINGS.containsKey(character)) {
					throw new IllegalStateException("No reading for " + character);
				}
			}
		}
		return split;
	}

}
