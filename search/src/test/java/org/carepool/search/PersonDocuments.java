package org.carepool.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.carepool.search.PersonDocument.CategoryCount;
import org.carepool.search.PersonDocument.Certification;
import org.carepool.search.PersonDocument.DateRange;
import org.carepool.search.PersonDocument.GeoPoint;
import org.carepool.search.PersonDocument.Language;
import org.carepool.search.PersonDocument.MinuteRange;
import org.carepool.search.PersonDocument.Skill;

/**
 * People the tests index: around Putuo district, with names that share characters and
 * skills, availability and blackouts that tell them apart.
 */
final class PersonDocuments {

	/** The centre of Putuo district, where requests in these tests come from. */
	static final GeoPoint PUTUO = new GeoPoint(31.24, 121.40);

	/** The complete document of {@code person-document.json}: at Putuo's centre. */
	static final PersonDocument WANG_XIAOMING = new PersonDocument("6f1c2d7e-8a90-4b1c-9d2e-3f4a5b6c7d8e", 1042,
			List.of("EXPERT", "VOLUNTEER"), "ACTIVE", "王晓明", "wangxiaoming", "wxm", List.of("wangxm", "xiaoming"),
			"MALE", "普陀区精神卫生中心", "心理治疗师", "从事哀伤辅导十年，擅长失独家庭心理支持。Grief counselling for bereaved parents.",
			List.of(new Skill("PSY_COUNSELLING", "PSYCHOLOGY", 4, true, 10),
					new Skill("GRIEF_SUPPORT", "PSYCHOLOGY", 5, true, 8)),
			List.of("心理咨询", "Psychological counselling", "哀伤辅导", "Grief support"),
			List.of(new Certification("PSY_COUNSELLOR_L2", true, LocalDate.parse("2027-06-30")),
					new Certification("FIRST_AID", false, null)),
			List.of(new Language("zh-cmn", 5), new Language("zh-wuu-sh", 4), new Language("en", 3)),
			List.of("310107005", "310107010"), "310107005", PUTUO,
			List.of(new MinuteRange(540, 1020), new MinuteRange(3420, 3900)),
			List.of(new DateRange(LocalDate.parse("2025-10-01"), LocalDate.parse("2025-10-07"))), 16, 6.5, 3, 412.5,
			4.8, List.of(new CategoryCount("SPECIAL_FAMILY_SUPPORT", 27), new CategoryCount("HEALTH_EDUCATION", 5)),
			true, LocalDate.parse("2026-12-31"), true, Instant.parse("2025-11-20T08:15:30.123Z"),
			new PersonDocument.Engagements(
					List.of(new PersonDocument.TimeRange(Instant.parse("2025-11-24T01:00:00Z"),
							Instant.parse("2025-11-24T03:00:00Z"))),
					List.of(new PersonDocument.MonthLoad("2025-11", 2, 7.5)), 4, 4.5));

	/**
	 * About 8 km north-east; counsels at level 2 only (but is a level-5 legal adviser);
	 * free on Mondays 10:00–12:00.
	 */
	static final PersonDocument ZENG_XIAOXIAN = person("zeng-xiaoxian", "曾小贤", "zengxiaoxian", "zxx", "zengxx",
			new GeoPoint(31.30, 121.45),
			List.of(new Skill("PSY_COUNSELLING", "PSYCHOLOGY", 2, true, 1), new Skill("LEGAL_AID", "LAW", 5, true, 12)),
			List.of(new Language("zh-cmn", 5)), List.of(new MinuteRange(600, 720)), List.of());

	/**
	 * About 0.7 km from Putuo's centre; a lawyer free on Mondays 08:00–20:00, away from 1
	 * to 10 March 2025.
	 */
	static final PersonDocument OUYANG_NANA = person("ouyang-nana", "欧阳娜娜", "ouyangnana", "oynn", "ouyangnn",
			new GeoPoint(31.245, 121.405), List.of(new Skill("LEGAL_AID", "LAW", 5, true, 6)),
			List.of(new Language("zh-cmn", 5), new Language("en", 5)), List.of(new MinuteRange(480, 1200)),
			List.of(new DateRange(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-10"))));

	/**
	 * Shares 王 with 王晓明; about 25 km away in Pudong; counsels at level 3; free on Mondays
	 * 11:00–12:00 only; speaks a little Shanghainese.
	 */
	static final PersonDocument WANG_LI = person("wang-li", "王丽", "wangli", "wl", null, new GeoPoint(31.10, 121.60),
			List.of(new Skill("PSY_COUNSELLING", "PSYCHOLOGY", 3, true, 4)),
			List.of(new Language("zh-cmn", 5), new Language("zh-wuu-sh", 2)), List.of(new MinuteRange(660, 720)),
			List.of());

	/**
	 * Shares 明 with 王晓明; about 4.4 km away; counsels at level 5 without a verified
	 * certificate; has given no availability.
	 */
	static final PersonDocument LI_MING = person("li-ming", "李明", "liming", "lm", null, new GeoPoint(31.27, 121.43),
			List.of(new Skill("PSY_COUNSELLING", "PSYCHOLOGY", 5, false, 9)), List.of(new Language("zh-wuu-sh", 5)),
			List.of(), List.of());

	static final List<PersonDocument> ALL = List.of(WANG_XIAOMING, ZENG_XIAOXIAN, OUYANG_NANA, WANG_LI, LI_MING);

	private PersonDocuments() {
	}

	private static PersonDocument person(String id, String name, String pinyin, String initials, String variant,
			GeoPoint home, List<Skill> skills, List<Language> languages, List<MinuteRange> availability,
			List<DateRange> blackouts) {
		return new PersonDocument(id, 1, List.of("VOLUNTEER"), "ACTIVE", name, pinyin, initials,
				(variant != null) ? List.of(variant) : List.of(), null, null, null, null, skills, List.of(), List.of(),
				languages, List.of("310107005"), "310107005", home, availability, blackouts, 8, 0, 0, 0, null,
				List.of(), true, null, false, Instant.parse("2025-11-01T00:00:00Z"), null);
	}

}
