package org.carepool.registry.synthetic;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The district's eight subdistricts and two towns: where they are, how many people live
 * in each, and which ones border each other.
 */
final class Streets {

	/** One street or town with its approximate centroid. */
	record Street(String code, String name, double latitude, double longitude, List<String> neighbours) {
	}

	private static final List<Street> ALL = List.of(
			new Street("changshou-road", "长寿路街道", 31.2430, 121.4370,
					List.of("caoyang-xincun", "yichuan-road", "shiquan-road", "changfeng-xincun")),
			new Street("caoyang-xincun", "曹杨新村街道", 31.2400, 121.4100,
					List.of("changshou-road", "changfeng-xincun", "shiquan-road", "zhenru-town", "changzheng-town")),
			new Street("changfeng-xincun", "长风新村街道", 31.2220, 121.3920,
					List.of("caoyang-xincun", "changshou-road", "changzheng-town")),
			new Street("yichuan-road", "宜川路街道", 31.2550, 121.4430,
					List.of("changshou-road", "ganquan-road", "shiquan-road")),
			new Street("ganquan-road", "甘泉路街道", 31.2650, 121.4450, List.of("yichuan-road", "shiquan-road", "wanli")),
			new Street("shiquan-road", "石泉路街道", 31.2550, 121.4280,
					List.of("ganquan-road", "yichuan-road", "changshou-road", "caoyang-xincun", "zhenru-town",
							"wanli")),
			new Street("wanli", "万里街道", 31.2720, 121.4130,
					List.of("ganquan-road", "shiquan-road", "zhenru-town", "taopu-town")),
			new Street("zhenru-town", "真如镇街道", 31.2550, 121.4050,
					List.of("caoyang-xincun", "shiquan-road", "wanli", "taopu-town", "changzheng-town")),
			new Street("changzheng-town", "长征镇", 31.2400, 121.3800,
					List.of("changfeng-xincun", "caoyang-xincun", "zhenru-town", "taopu-town")),
			new Street("taopu-town", "桃浦镇", 31.2850, 121.3850, List.of("wanli", "zhenru-town", "changzheng-town")));

	// Rough shares of the district's residents.
	private static final Map<String, Integer> RESIDENTS = Map.of("changshou-road", 9, "caoyang-xincun", 10,
			"changfeng-xincun", 12, "yichuan-road", 9, "ganquan-road", 8, "shiquan-road", 7, "wanli", 6, "zhenru-town",
			13, "changzheng-town", 14, "taopu-town", 12);

	private static final Weighted<Street> BY_RESIDENTS = weighByResidents();

	private static final Map<String, Street> BY_CODE = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(Street::code, Function.identity()));

	private Streets() {
	}

	private static Weighted<Street> weighByResidents() {
		Weighted.Builder<Street> streets = Weighted.builder();
		ALL.forEach((street) -> streets.add(street, RESIDENTS.get(street.code())));
		return streets.build();
	}

	static Street drawHome(SplittableRandom random) {
		return BY_RESIDENTS.draw(random);
	}

	static Street named(String code) {
		return BY_CODE.get(code);
	}

	static List<Street> all() {
		return ALL;
	}

}
