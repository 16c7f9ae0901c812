package org.carepool.registry.synthetic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.carepool.registry.naming.NamePinyin;
import org.carepool.registry.privacy.EmailAddress;
import org.carepool.registry.privacy.MobileNumber;
import org.carepool.registry.privacy.ResidentIdNumber;
import org.carepool.registry.synthetic.SyntheticPerson.Certification;
import org.carepool.registry.synthetic.SyntheticPerson.DateRange;
import org.carepool.registry.synthetic.SyntheticPerson.Gender;
import org.carepool.registry.synthetic.SyntheticPerson.PersonType;
import org.carepool.registry.synthetic.SyntheticPerson.Skill;
import org.carepool.registry.synthetic.SyntheticPerson.TrainingResult;
import org.carepool.registry.synthetic.SyntheticPerson.WeeklyRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link PeopleGenerator}.
 */
class PeopleGeneratorTests {

	private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 1);

	private static final Clock IN_SHANGHAI_ON_REFERENCE_DATE = Clock
		.fixed(REFERENCE_DATE.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));

	private static final List<SyntheticPerson> PEOPLE = new PeopleGenerator(20261101L).people(10_000).toList();

	private static final Set<String> STREETS = Set.of("changshou-road", "caoyang-xincun", "changfeng-xincun",
			"yichuan-road", "ganquan-road", "shiquan-road", "wanli", "zhenru-town", "changzheng-town", "taopu-town");

	@Test
	void givesTheSamePeopleForTheSameSeed() {
		assertThat(new PeopleGenerator(42).people(500).toList())
			.isEqualTo(new PeopleGenerator(42).people(500).toList());
	}

	@Test
	void givesOtherPeopleForAnotherSeed() {
		List<String> names = new PeopleGenerator(42).people(50).map(SyntheticPerson::mobile).toList();
		assertThat(new PeopleGenerator(43).people(50).map(SyntheticPerson::mobile).toList())
			.doesNotContainAnyElementsOf(names);
	}

	@Test
	void makesAShorterRunAPrefixOfALongerOne() {
		PeopleGenerator generator = new PeopleGenerator(7);
		assertThat(generator.people(100).toList()).isEqualTo(generator.people(1_000).limit(100).toList());
	}

	@Test
	void givesEachPersonByIndexAsInTheSequence() {
		PeopleGenerator generator = new PeopleGenerator(20261101L);
		assertThat(generator.person(9_999)).isEqualTo(PEOPLE.get(9_999));
		assertThat(PEOPLE).extracting(SyntheticPerson::index).startsWith(0, 1, 2).endsWith(9_998, 9_999);
	}

	@Test
	void refusesNegativeCountsAndIndexes() {
		PeopleGenerator generator = new PeopleGenerator(1);
		assertThatIllegalArgumentException().isThrownBy(() -> generator.people(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> generator.person(-1));
		assertThat(generator.people(0)).isEmpty();
	}

	@Test
	void keepsMobilesEmailsAndResidentIdsUniqueAcrossAHundredThousandPeople() {
		List<SyntheticPerson> people = new PeopleGenerator(99).people(100_000).toList();
		assertThat(people.stream().map(SyntheticPerson::mobile).distinct().count()).isEqualTo(people.size());
		List<String> emails = people.stream().map(SyntheticPerson::email).filter((email) -> email != null).toList();
		assertThat(new HashSet<>(emails)).hasSameSizeAs(emails);
		List<String> residentIds = people.stream()
			.map(SyntheticPerson::residentId)
			.filter((residentId) -> residentId != null)
			.toList();
		assertThat(new HashSet<>(residentIds)).hasSameSizeAs(residentIds);
	}

	@Test
	void givesResidentIdsThatPassValidation() {
		for (SyntheticPerson person : PEOPLE) {
			if (person.residentId() != null) {
				ResidentIdNumber residentId = ResidentIdNumber.parse(person.residentId(),
						IN_SHANGHAI_ON_REFERENCE_DATE);
				assertThat(residentId.value()).isEqualTo(person.residentId()).startsWith("31");
				assertThat(residentId.birthDate().getYear()).isEqualTo(person.birthYear());
				int genderDigit = person.residentId().charAt(16) - '0';
				assertThat(genderDigit % 2 == 1).isEqualTo(person.gender() == Gender.MALE);
			}
		}
	}

	@Test
	void givesAboutSevenInTenAResidentIdMostlyFromPutuo() {
		assertThat(share(PEOPLE, (person) -> person.residentId() != null)).isCloseTo(0.70, within(0.03));
		List<String> residentIds = PEOPLE.stream()
			.map(SyntheticPerson::residentId)
			.filter((residentId) -> residentId != null)
			.toList();
		assertThat(share(residentIds, (residentId) -> residentId.startsWith("310107"))).isCloseTo(0.55, within(0.04));
	}

	@Test
	void givesMobilesThatPassValidation() {
		for (SyntheticPerson person : PEOPLE) {
			assertThat(MobileNumber.parse(person.mobile()).value()).isEqualTo(person.mobile());
		}
	}

	@Test
	void givesEmailsThatPassValidationAndSpellTheNameAsNameSearchDoes() {
		List<SyntheticPerson> withEmail = PEOPLE.stream().filter((person) -> person.email() != null).toList();
		assertThat(withEmail.size()).isBetween(6_000, 8_000);
		for (SyntheticPerson person : withEmail) {
			assertThat(EmailAddress.parse(person.email()).value()).isEqualTo(person.email());
			String local = person.email().substring(0, person.email().indexOf('@'));
			if (!person.email().endsWith("@qq.com")) {
				assertThat(local.replaceAll("[0-9]", "")).isEqualTo(NamePinyin.of(person.name()).full());
			}
			else {
				assertThat(local).containsOnlyDigits();
			}
		}
	}

	@Test
	void spellsEverySurnameAsNameSearchDoes() {
		for (Names.Name surname : Names.surnames()) {
			assertThat(NamePinyin.of(surname.chinese() + "明").full()).as(surname.chinese())
				.isEqualTo(surname.pinyin() + "ming");
		}
	}

	@Test
	void drawsCommonAndPolyphonicSurnamesWithTwoAndThreeCharacterNames() {
		Set<String> names = PEOPLE.stream().map(SyntheticPerson::name).collect(Collectors.toSet());
		assertThat(names).anyMatch((name) -> name.startsWith("曾"))
			.anyMatch((name) -> name.startsWith("单"))
			.anyMatch((name) -> name.startsWith("解"))
			.anyMatch((name) -> name.startsWith("欧阳"));
		assertThat(share(PEOPLE, (person) -> person.name().startsWith("王") || person.name().startsWith("陈")))
			.isBetween(0.08, 0.16);
		assertThat(share(PEOPLE, (person) -> person.name().length() == 2)).isBetween(0.08, 0.35);
		assertThat(share(PEOPLE, (person) -> person.name().length() == 3)).isGreaterThan(0.6);
	}

	@Test
	void makesMostPeopleVolunteersAndSomeExpertsAndInstructors() {
		assertThat(share(PEOPLE, (person) -> person.types().contains(PersonType.VOLUNTEER))).isBetween(0.62, 0.76);
		assertThat(share(PEOPLE, (person) -> person.types().contains(PersonType.EXPERT))).isBetween(0.21, 0.29);
		assertThat(share(PEOPLE, (person) -> person.types().contains(PersonType.INSTRUCTOR))).isBetween(0.10, 0.19);
		assertThat(share(PEOPLE, (person) -> person.types().size() > 1)).isBetween(0.04, 0.15);
	}

	@Test
	void givesAgesFromTwentyTwoToSeventyFiveWithExpertsOlder() {
		assertThat(PEOPLE).allSatisfy((person) -> assertThat(person.birthYear()).isBetween(1951, 2004));
		double experts = averageBirthYear((person) -> person.types().contains(PersonType.EXPERT));
		double volunteersOnly = averageBirthYear((person) -> person.types().equals(EnumSet.of(PersonType.VOLUNTEER)));
		assertThat(experts).isLessThan(volunteersOnly - 2);
	}

	@Test
	void givesRetireesTheirOwnEmployerAndWeekdayDaytimes() {
		List<SyntheticPerson> retirees = PEOPLE.stream().filter((person) -> "退休".equals(person.employer())).toList();
		assertThat(retirees.size()).isGreaterThan(2_000);
		assertThat(retirees).allSatisfy(
				(person) -> assertThat(REFERENCE_DATE.getYear() - person.birthYear()).isGreaterThanOrEqualTo(55));
		assertThat(share(retirees,
				(person) -> person.weeklyAvailability()
					.stream()
					.anyMatch((range) -> range.startMinute() < 5 * 1440 && range.startMinute() % 1440 < 17 * 60)))
			.isGreaterThan(0.95);
	}

	@Test
	void givesWorkingPeopleEveningsAndWeekends() {
		List<SyntheticPerson> working = PEOPLE.stream()
			.filter((person) -> person.employer().endsWith("有限公司") || person.employer().endsWith("支行")
					|| person.employer().endsWith("分公司"))
			.toList();
		assertThat(working).isNotEmpty()
			.allSatisfy((person) -> assertThat(person.weeklyAvailability())
				.allMatch((range) -> range.startMinute() >= 5 * 1440 || range.startMinute() % 1440 >= 18 * 60));
	}

	@Test
	void usesEveryStreetAndServesTheHomeStreetFirst() {
		assertThat(PEOPLE.stream().map(SyntheticPerson::homeStreet).collect(Collectors.toSet())).isEqualTo(STREETS);
		assertThat(PEOPLE).allSatisfy((person) -> {
			assertThat(person.servedStreets()).startsWith(person.homeStreet())
				.doesNotHaveDuplicates()
				.hasSizeBetween(1, 4);
			assertThat(STREETS).containsAll(person.servedStreets());
		});
		assertThat(share(PEOPLE, (person) -> person.servedStreets().size() > 1)).isBetween(0.5, 0.7);
	}

	@Test
	void placesHomesNearTheirStreetRoundedToAbout500Metres() {
		Map<String, double[]> centroids = Map.of("changshou-road", new double[] { 31.2430, 121.4370 }, "caoyang-xincun",
				new double[] { 31.2400, 121.4100 }, "changfeng-xincun", new double[] { 31.2220, 121.3920 },
				"yichuan-road", new double[] { 31.2550, 121.4430 }, "ganquan-road", new double[] { 31.2650, 121.4450 },
				"shiquan-road", new double[] { 31.2550, 121.4280 }, "wanli", new double[] { 31.2720, 121.4130 },
				"zhenru-town", new double[] { 31.2550, 121.4050 }, "changzheng-town",
				new double[] { 31.2400, 121.3800 }, "taopu-town", new double[] { 31.2850, 121.3850 });
		assertThat(PEOPLE).allSatisfy((person) -> {
			double[] centroid = centroids.get(person.homeStreet());
			double north = (person.homeLatitude() - centroid[0]) * 111.32;
			double east = (person.homeLongitude() - centroid[1]) * 111.32 * Math.cos(Math.toRadians(centroid[0]));
			assertThat(Math.hypot(north, east)).isLessThan(1.5 + 0.4);
			assertThat(person.homeLatitude() * 200).isCloseTo(Math.rint(person.homeLatitude() * 200), within(1e-6));
			assertThat(person.homeLongitude() * 200).isCloseTo(Math.rint(person.homeLongitude() * 200), within(1e-6));
		});
	}

	@Test
	void speaksMandarinAlmostAlwaysShanghaineseOftenAndSignLanguageRarely() {
		assertThat(share(PEOPLE, (person) -> speaks(person, "zh-cmn"))).isGreaterThan(0.96);
		assertThat(share(PEOPLE, (person) -> speaks(person, "zh-wuu"))).isBetween(0.38, 0.52);
		assertThat(share(PEOPLE, (person) -> speaks(person, "en"))).isBetween(0.18, 0.32);
		assertThat(share(PEOPLE, (person) -> speaks(person, "csl"))).isBetween(0.015, 0.05);
		List<SyntheticPerson> older = PEOPLE.stream().filter((person) -> person.birthYear() <= 1966).toList();
		List<SyntheticPerson> younger = PEOPLE.stream().filter((person) -> person.birthYear() >= 1991).toList();
		assertThat(share(older, (person) -> speaks(person, "zh-wuu")))
			.isGreaterThan(share(younger, (person) -> speaks(person, "zh-wuu")) + 0.3);
		assertThat(PEOPLE).allSatisfy((person) -> assertThat(person.languages()).isNotEmpty()
			.allSatisfy((language) -> assertThat(language.level()).isBetween(1, 5)));
	}

	@Test
	void givesOneToFourKnownSkillsWithLevelsAndYears() {
		assertThat(PEOPLE).allSatisfy((person) -> {
			assertThat(person.skills()).hasSizeBetween(1, 4);
			assertThat(person.skills()).extracting(Skill::code).doesNotHaveDuplicates();
			assertThat(person.skills()).allSatisfy((skill) -> {
				assertThat(Taxonomy.skill(skill.code())).isNotNull();
				assertThat(skill.level()).isBetween(1, 5);
				assertThat(skill.years()).isBetween(1, REFERENCE_DATE.getYear() - person.birthYear() - 18);
			});
		});
		assertThat(PEOPLE.stream().flatMap((person) -> person.skills().stream()).map(Skill::code).distinct().count())
			.isEqualTo(Taxonomy.skills().size());
	}

	@Test
	void givesSkillsThatFitWhatPeopleServeAs() {
		Predicate<String> expertSkill = (code) -> code.startsWith("psy.") || code.startsWith("law.")
				|| code.startsWith("sw.") || code.startsWith("rh.") || code.startsWith("mch.");
		Predicate<String> instructorSkill = (code) -> code.startsWith("edu.") || code.equals("fh.instructor");
		Predicate<String> volunteerSkill = (code) -> code.startsWith("care.") || code.startsWith("pub.")
				|| code.startsWith("fh.") || code.equals("edu.lecture");
		assertThat(PEOPLE).allSatisfy((person) -> {
			List<String> codes = person.skills().stream().map(Skill::code).toList();
			if (person.types().contains(PersonType.EXPERT)) {
				assertThat(codes).anyMatch(expertSkill);
			}
			if (person.types().contains(PersonType.INSTRUCTOR)) {
				assertThat(codes).anyMatch(instructorSkill);
			}
			if (person.types().contains(PersonType.VOLUNTEER)) {
				assertThat(codes).anyMatch(volunteerSkill);
			}
		});
	}

	@Test
	void certifiesEverySkillThatNeedsItWithAnAcceptedType() {
		assertThat(PEOPLE).allSatisfy((person) -> {
			Set<String> held = person.certifications().stream().map(Certification::type).collect(Collectors.toSet());
			assertThat(held).hasSameSizeAs(person.certifications());
			for (Skill skill : person.skills()) {
				Taxonomy.SkillType type = Taxonomy.skill(skill.code());
				if (type.needsCertification()) {
					assertThat(held).as(skill.code()).containsAnyElementsOf(type.acceptedCertifications());
				}
			}
		});
	}

	@Test
	void datesCertificatesAndLetOnlyExpiringTypesExpire() {
		List<Certification> certifications = PEOPLE.stream()
			.flatMap((person) -> person.certifications().stream())
			.toList();
		assertThat(certifications).hasSizeGreaterThan(1_500).allSatisfy((certification) -> {
			assertThat(certification.number()).isNotBlank();
			assertThat(certification.issuer()).isNotBlank();
			assertThat(certification.issuedOn()).isBefore(REFERENCE_DATE);
			boolean expires = Taxonomy.certification(certification.type()).expires();
			assertThat(certification.expiresOn() != null).as(certification.type()).isEqualTo(expires);
			if (expires) {
				assertThat(certification.expiresOn()).isAfter(certification.issuedOn());
			}
		});
		List<Certification> expiring = certifications.stream().filter((c) -> c.expiresOn() != null).toList();
		assertThat(share(expiring, (c) -> !c.validOn(REFERENCE_DATE))).isBetween(0.06, 0.14);
		assertThat(share(certifications, Certification::verified)).isBetween(0.81, 0.89);
	}

	@Test
	void givesTitlesThatMatchTheLicences() {
		assertThat(PEOPLE).allSatisfy((person) -> {
			Set<String> held = person.certifications().stream().map(Certification::type).collect(Collectors.toSet());
			if (held.contains("lawyer-licence")) {
				assertThat(person.title()).contains("律师");
			}
			if (held.contains("physician-licence") || held.contains("psychotherapist")) {
				assertThat(person.title()).matches(".*(医师|治疗师)");
			}
			if (held.contains("nurse-licence")) {
				assertThat(person.title()).contains("护");
			}
		});
	}

	@Test
	void givesSortedNonOverlappingWeeklyAvailability() {
		assertThat(PEOPLE).allSatisfy((person) -> {
			List<WeeklyRange> ranges = person.weeklyAvailability();
			assertThat(ranges).isNotEmpty();
			for (int i = 0; i < ranges.size(); i++) {
				assertThat(ranges.get(i).startMinute()).isBetween(0, 10_080 - 1);
				assertThat(ranges.get(i).endMinute()).isBetween(ranges.get(i).startMinute() + 1, 10_080);
				if (i > 0) {
					assertThat(ranges.get(i).startMinute()).isGreaterThan(ranges.get(i - 1).endMinute());
				}
			}
		});
	}

	@Test
	void givesAtMostTwoSortedBlackoutsWithinTheSeason() {
		assertThat(PEOPLE).allSatisfy((person) -> {
			List<DateRange> blackouts = person.blackouts();
			assertThat(blackouts).hasSizeLessThanOrEqualTo(2);
			for (int i = 0; i < blackouts.size(); i++) {
				assertThat(blackouts.get(i).from()).isAfterOrEqualTo(REFERENCE_DATE);
				assertThat(blackouts.get(i).to()).isBeforeOrEqualTo(LocalDate.of(2027, 3, 31))
					.isAfterOrEqualTo(blackouts.get(i).from());
				if (i > 0) {
					assertThat(blackouts.get(i).from()).isAfter(blackouts.get(i - 1).to());
				}
			}
		});
		assertThat(share(PEOPLE, (person) -> !person.blackouts().isEmpty())).isBetween(0.35, 0.55);
	}

	@Test
	void givesCapacityConsentAndAgreementsInTheExpectedProportions() {
		assertThat(PEOPLE).allSatisfy((person) -> {
			assertThat(person.monthlyCapacityHours()).isBetween(4, 40);
			assertThat(person.agreementSignedOn()).isBefore(REFERENCE_DATE).isBefore(person.agreementValidUntil());
		});
		assertThat(share(PEOPLE, SyntheticPerson::consentToContact)).isBetween(0.93, 0.97);
		assertThat(share(PEOPLE, (person) -> !person.agreementValidUntil().isBefore(REFERENCE_DATE))).isBetween(0.87,
				0.93);
	}

	@Test
	void trainsAFifthForSpecialFamiliesAndCounsellorsMoreOften() {
		assertThat(share(PEOPLE, SyntheticPerson::trainedForSpecialFamilies)).isBetween(0.15, 0.25);
		List<SyntheticPerson> counsellors = PEOPLE.stream()
			.filter((person) -> person.types().contains(PersonType.EXPERT))
			.filter((person) -> person.skills().get(0).code().startsWith("psy.")
					|| person.skills().get(0).code().startsWith("sw."))
			.toList();
		assertThat(share(counsellors, SyntheticPerson::trainedForSpecialFamilies)).isGreaterThan(0.45);
	}

	@Test
	void recordsAPassedSpecialFamilyTrainingForEveryoneTrainedForSpecialFamilies() {
		assertThat(PEOPLE).allSatisfy((person) -> {
			boolean passed = person.trainings()
				.stream()
				.anyMatch((training) -> training.result() == TrainingResult.PASSED
						&& PeopleGenerator.SPECIAL_FAMILY_COURSES.contains(training.course()));
			assertThat(passed).isEqualTo(person.trainedForSpecialFamilies());
			assertThat(person.trainings()).hasSizeLessThanOrEqualTo(3).allSatisfy((training) -> {
				assertThat(training.completedOn()).isBefore(REFERENCE_DATE);
				assertThat(training.hours()).isPositive();
			});
		});
	}

	@Test
	void writesABioFromTheSkills() {
		assertThat(PEOPLE).allSatisfy((person) -> assertThat(person.bio()).endsWith("。")
			.contains(Taxonomy.skill(person.skills().get(0).code()).name()));
	}

	@Test
	void keepsItsCollectionsUnmodifiable() {
		SyntheticPerson person = PEOPLE.get(0);
		assertThat(person.types()).isUnmodifiable();
		assertThat(person.skills()).isUnmodifiable();
		assertThat(person.weeklyAvailability()).isUnmodifiable();
	}

	private static boolean speaks(SyntheticPerson person, String code) {
		return person.languages().stream().anyMatch((language) -> language.code().equals(code));
	}

	private static double averageBirthYear(Predicate<SyntheticPerson> filter) {
		return PEOPLE.stream().filter(filter).mapToInt(SyntheticPerson::birthYear).average().orElseThrow();
	}

	private static <T> double share(List<T> items, Predicate<T> filter) {
		return (double) items.stream().filter(filter).count() / items.size();
	}

}
