package org.carepool.registry.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.carepool.registry.synthetic.Names.Name;
import org.carepool.registry.synthetic.Professions.Lifestyle;
import org.carepool.registry.synthetic.Professions.Profession;
import org.carepool.registry.synthetic.Streets.Street;
import org.carepool.registry.synthetic.SyntheticPerson.Certification;
import org.carepool.registry.synthetic.SyntheticPerson.Gender;
import org.carepool.registry.synthetic.SyntheticPerson.Language;
import org.carepool.registry.synthetic.SyntheticPerson.PersonType;
import org.carepool.registry.synthetic.SyntheticPerson.Skill;
import org.carepool.registry.synthetic.SyntheticPerson.Training;
import org.carepool.registry.synthetic.SyntheticPerson.TrainingResult;
import org.carepool.registry.synthetic.Taxonomy.CertificationType;
import org.carepool.registry.synthetic.Taxonomy.SkillType;

/**
 * Generates realistic synthetic people for the pool; every person depends only on the
 * seed and their index, so a shorter run is always a prefix of a longer one.
 */
public final class PeopleGenerator {

	/** The day the generated data describes: expiry, agreements and ages refer to it. */
	public static final LocalDate REFERENCE_DATE = Schedules.SEASON_START;

	private static final int REFERENCE_YEAR = REFERENCE_DATE.getYear();

	private static final String RETIRED = "退休";

	private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	// Bijections of the index keep mobiles, e-mails and resident ID numbers
	// unique without remembering what was handed out: each multiplier is
	// coprime with its modulus.
	private static final Permutation MOBILE_SUBSCRIBERS = new Permutation(100_000_000L, 73_856_093L, 1);

	private static final Permutation BIRTH_DAYS_AND_SEQUENCES = new Permutation(365L * 500, 104_729L, 2);

	private static final Permutation QQ_NUMBERS = new Permutation(900_000_000L, 123_456_791L, 3);

	private static final Permutation MAIL_SUFFIXES = new Permutation(1_000_000L, 387_419L, 4);

	private static final Weighted<String> MOBILE_PREFIXES = weighted("138:9 139:9 137:7 136:7 135:6 150:5 151:4 "
			+ "152:4 157:3 158:5 159:5 182:4 183:3 187:4 188:3 178:2 198:2 130:4 131:4 132:4 155:3 156:3 185:3 186:4 "
			+ "176:2 166:2 133:4 153:3 180:3 181:3 189:4 177:2 173:2 199:2 191:1");

	private static final Weighted<String> MAIL_DOMAINS = weighted(
			"163.com:40 126.com:20 sina.com:10 139.com:10 outlook.com:10 hotmail.com:5 yeah.net:5");

	// Mostly 普陀; older people may still carry 闸北, 卢湾 or 崇明县 codes from before mergers.
	private static final Weighted<String> SHANGHAI_REGIONS = weighted("310107:55 310106:6 310108:6 310105:5 "
			+ "310104:5 310109:4 310110:4 310101:3 310112:3 310113:3 310114:2 310115:2 310103:1 310230:1");

	private static final Weighted<Integer> SKILL_COUNTS = Weighted.<Integer>builder()
		.add(1, 25)
		.add(2, 35)
		.add(3, 28)
		.add(4, 12)
		.build();

	static final List<String> SPECIAL_FAMILY_COURSES = List.of("失独家庭心理支持培训", "计生特殊家庭关爱服务培训", "哀伤辅导实务培训");

	private static final List<String> GENERAL_COURSES = List.of("志愿者通用服务技能培训", "心理危机干预基础培训", "红十字救护员培训", "青春健康教育主持人培训",
			"家庭健康指导员培训", "婴幼儿照护指导培训", "个人信息保护与保密规范培训", "老年照护技能培训", "新媒体宣传实务培训");

	private static final int[] TRAINING_HOURS = { 4, 6, 8, 12, 16, 24, 32 };

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String ID_CHECK_CHARACTERS = "10X98765432";

	private final long seed;

	/**
	 * Create a generator.
	 * @param seed the seed; the same seed always gives the same people
	 */
	public PeopleGenerator(long seed) {
		this.seed = seed;
	}

	/**
	 * The first people of this generator's sequence.
	 * @param count how many people
	 * @return the people with indexes {@code 0} to {@code count - 1}, in order
	 */
	public Stream<SyntheticPerson> people(int count) {
		if (count < 0) {
			throw new IllegalArgumentException("The number of people is not negative");
		}
		return IntStream.range(0, count).mapToObj(this::person);
	}

	/**
	 * One person of this generator's sequence.
	 * @param index the person's position, from zero
	 * @return the person, the same on every call
	 */
	public SyntheticPerson person(int index) {
		if (index < 0) {
			throw new IllegalArgumentException("A person's index is not negative");
		}
		SplittableRandom random = new SplittableRandom(mix(mix(this.seed) + GOLDEN_GAMMA * (index + 1L)));
		PersonType primary = primaryType(random);
		Profession profession = Professions.draw(random, primary);
		Gender gender = (random.nextInt(100) < profession.femalePercent()) ? Gender.FEMALE : Gender.MALE;
		int age = age(random, profession);
		int birthYear = REFERENCE_YEAR - age;
		Lifestyle lifestyle = lifestyle(random, profession, gender, age);
		Set<PersonType> types = types(random, primary);
		Name name = Names.draw(random, gender, birthYear);
		Street home = Streets.drawHome(random);
		int seniority = seniority(random, profession, age);
		String title = title(random, profession, seniority);
		String employer = (lifestyle == Lifestyle.RETIRED) ? RETIRED : employer(random, profession, home);
		List<Skill> skills = skills(random, profession, primary, types, age, seniority);
		List<Certification> certifications = certifications(random, profession, skills, birthYear, gender, title);
		List<Language> languages = languages(random, age, primary);
		boolean trained = trainedForSpecialFamilies(random, profession, skills);
		double[] location = homeLocation(random, home);
		int agreementYears = 1 + random.nextInt(3);
		LocalDate agreementSignedOn = agreementSignedOn(random, agreementYears);
		return new SyntheticPerson(index, name.chinese(), gender, birthYear, types, employer, title,
				bio(random, profession, lifestyle, employer, title, skills, languages, home), mobile(random, index),
				email(random, index, name, age), residentId(random, index, gender, birthYear), home.code(), location[0],
				location[1], servedStreets(random, home), languages, skills, certifications,
				Schedules.weekly(random, lifestyle, primary == PersonType.EXPERT), Schedules.blackouts(random),
				capacity(random, lifestyle, primary), random.nextInt(100) < 95, agreementSignedOn,
				agreementSignedOn.plusYears(agreementYears).minusDays(1), trained, trainings(random, trained));
	}

	private static PersonType primaryType(SplittableRandom random) {
		int roll = random.nextInt(100);
		if (roll < 65) {
			return PersonType.VOLUNTEER;
		}
		return (roll < 90) ? PersonType.EXPERT : PersonType.INSTRUCTOR;
	}

	private static Set<PersonType> types(SplittableRandom random, PersonType primary) {
		Set<PersonType> types = EnumSet.of(primary);
		int roll = random.nextInt(100);
		switch (primary) {
			case EXPERT -> {
				if (roll < 12) {
					types.add(PersonType.INSTRUCTOR);
				}
				else if (roll < 22) {
					types.add(PersonType.VOLUNTEER);
				}
			}
			case INSTRUCTOR -> {
				if (roll < 15) {
					types.add(PersonType.VOLUNTEER);
				}
			}
			case VOLUNTEER -> {
				if (roll < 3) {
					types.add(PersonType.INSTRUCTOR);
				}
			}
		}
		return types;
	}

	private static int age(SplittableRandom random, Profession profession) {
		double position = random.nextDouble();
		// Experts lean towards the senior end of their careers.
		if (profession.type() == PersonType.EXPERT) {
			position = Math.sqrt(position);
		}
		return profession.minAge() + (int) Math.floor(position * (profession.maxAge() - profession.minAge() + 1));
	}

	private static Lifestyle lifestyle(SplittableRandom random, Profession profession, Gender gender, int age) {
		int retirementAge = (gender == Gender.MALE) ? 60 : 55;
		if (profession.lifestyle() == Lifestyle.WORKING && age >= retirementAge && random.nextInt(100) < 80) {
			return Lifestyle.RETIRED;
		}
		return profession.lifestyle();
	}

	private static int seniority(SplittableRandom random, Profession profession, int age) {
		double career = (double) (age - profession.minAge()) / Math.max(1, profession.maxAge() - profession.minAge());
		return (int) Math.round(Math.min(1.0, Math.max(0.0, career + random.nextGaussian() * 0.15)) * 100);
	}

	private static String title(SplittableRandom random, Profession profession, int seniority) {
		List<String> titles = profession.titles();
		if (titles.isEmpty() || random.nextInt(100) < profession.untitledPercent()) {
			return null;
		}
		return titles.get(Math.min(titles.size() - 1, seniority * titles.size() / 101));
	}

	private static String employer(SplittableRandom random, Profession profession, Street home) {
		String employer = pick(random, profession.employers());
		if (!employer.contains("{street}")) {
			return employer;
		}
		Street street = (random.nextInt(100) < 60) ? home : pick(random, Streets.all());
		return employer.replace("{street}", street.name());
	}

	private static List<Skill> skills(SplittableRandom random, Profession profession, PersonType primary,
			Set<PersonType> types, int age, int seniority) {
		List<String> secondary = new ArrayList<>(2);
		if (primary != PersonType.INSTRUCTOR && types.contains(PersonType.INSTRUCTOR)) {
			secondary.add("edu.lecture");
		}
		if (primary != PersonType.VOLUNTEER && types.contains(PersonType.VOLUNTEER)) {
			secondary.add(pick(random, List.of("care.visiting", "care.emotional", "pub.event")));
		}
		int count = Math.max(1, SKILL_COUNTS.draw(random) - secondary.size());
		List<String> core = new ArrayList<>(profession.coreSkills());
		List<String> extra = new ArrayList<>(profession.extraSkills());
		List<String> codes = new ArrayList<>(4);
		codes.add(core.remove(random.nextInt(core.size())));
		while (codes.size() < count && !(core.isEmpty() && extra.isEmpty())) {
			List<String> pool = (extra.isEmpty() || (!core.isEmpty() && random.nextInt(100) < 65)) ? core : extra;
			codes.add(pool.remove(random.nextInt(pool.size())));
		}
		secondary.stream().filter((code) -> !codes.contains(code)).forEach(codes::add);
		int careerYears = Math.max(1, age - ((primary == PersonType.VOLUNTEER) ? 20 : 24));
		List<Skill> skills = new ArrayList<>(codes.size());
		for (int i = 0; i < codes.size(); i++) {
			boolean main = i == 0;
			int base = (primary == PersonType.VOLUNTEER) ? 2 : 3;
			int level = base + (int) Math.round(seniority / 50.0 - 0.5 + random.nextGaussian() * 0.6) - (main ? 0 : 1);
			int maxYears = (primary == PersonType.VOLUNTEER) ? Math.min(careerYears, 15) : careerYears;
			int years = main ? Math.max(1, (int) Math.round(maxYears * (0.5 + 0.5 * random.nextDouble())))
					: 1 + random.nextInt(maxYears);
			skills.add(new Skill(codes.get(i), Math.max(1, Math.min(5, level)), years));
		}
		return skills;
	}

	private static List<Certification> certifications(SplittableRandom random, Profession profession,
			List<Skill> skills, int birthYear, Gender gender, String title) {
		Map<String, Certification> held = new LinkedHashMap<>();
		for (Skill skill : skills) {
			SkillType type = Taxonomy.skill(skill.code());
			if (!type.needsCertification()
					|| held.keySet().stream().anyMatch(type.acceptedCertifications()::contains)) {
				continue;
			}
			String certification = profession.certifications()
				.stream()
				.filter(type.acceptedCertifications()::contains)
				.findFirst()
				.orElse(type.acceptedCertifications().get(0));
			held.put(certification,
					certificate(random, Taxonomy.certification(certification), birthYear, gender, title));
		}
		String optional = profession.optionalCertification();
		if (optional != null && !held.containsKey(optional) && random.nextInt(100) < 50) {
			held.put(optional, certificate(random, Taxonomy.certification(optional), birthYear, gender, title));
		}
		return List.copyOf(held.values());
	}

	private static Certification certificate(SplittableRandom random, CertificationType type, int birthYear,
			Gender gender, String title) {
		LocalDate earliest = LocalDate.of(Math.max(birthYear + 22, 2003), 1, 1);
		LocalDate issuedOn;
		LocalDate expiresOn = null;
		if (type.expires()) {
			expiresOn = (random.nextInt(100) < 10) ? REFERENCE_DATE.minusDays(1 + random.nextInt(365))
					: REFERENCE_DATE.plusDays(random.nextInt(type.validityYears() * 365 - 7));
			issuedOn = expiresOn.minusYears(type.validityYears()).plusDays(1);
			if (issuedOn.isBefore(earliest)) {
				issuedOn = earliest.plusDays(random.nextInt(200));
				expiresOn = issuedOn.plusYears(type.validityYears()).minusDays(1);
			}
		}
		else {
			long latest = REFERENCE_DATE.minusDays(30).toEpochDay();
			long first = Math.min(earliest.toEpochDay(), latest - 365);
			issuedOn = LocalDate.ofEpochDay(first + random.nextLong(latest - first));
		}
		return new Certification(type.code(), certificateNumber(random, type, issuedOn.getYear(), gender, title),
				issuer(random, type, issuedOn), issuedOn, expiresOn, random.nextInt(100) < 85);
	}

	private static String issuer(SplittableRandom random, CertificationType type, LocalDate issuedOn) {
		// The national qualification ended in 2017; later certificates come
		// from the professional association.
		if (type.code().equals("psychological-counsellor") && issuedOn.getYear() > 2017) {
			return "中国心理卫生协会";
		}
		return pick(random, type.issuers());
	}

	private static String certificateNumber(SplittableRandom random, CertificationType type, int year, Gender gender,
			String title) {
		return switch (type.code()) {
			case "psychological-counsellor" ->
				"1" + ((title != null && title.startsWith("二级")) ? 2 : 3) + "04" + year + digits(random, 8);
			case "psychotherapist" -> year + "31" + digits(random, 7);
			case "lawyer-licence" -> "13101" + pick(random, List.of("07", "06", "05", "04", "01", "15"))
					+ (year - random.nextInt(8)) + "1" + ((gender == Gender.MALE) ? 1 : 0) + digits(random, 4);
			case "legal-qualification" -> "A" + year + "310107" + digits(random, 6);
			case "social-worker" ->
				year + ((title != null && title.startsWith("助理")) ? "03" : "04") + "31" + digits(random, 7);
			case "physician-licence" -> "110310107" + digits(random, 6);
			case "nurse-licence" -> year + "31" + digits(random, 6);
			case "health-manager", "childcare-worker" ->
				"S00003100" + year + (3 + random.nextInt(2)) + digits(random, 6);
			case "marriage-family-counsellor" -> "HY" + year + digits(random, 6);
			case "youth-health-facilitator" -> "QJ-SH-" + year + "-" + digits(random, 4);
			case "family-health-instructor" -> "JK-PT-" + year + "-" + digits(random, 4);
			default -> throw new IllegalStateException("No number format for " + type.code());
		};
	}

	private static List<Language> languages(SplittableRandom random, int age, PersonType primary) {
		List<Language> languages = new ArrayList<>(4);
		boolean mandarin = random.nextInt(100) < 98;
		if (mandarin) {
			languages.add(new Language("zh-cmn", (age < 50) ? 5 : 3 + random.nextInt(3)));
		}
		int shanghaineseChance = (age >= 60) ? 68 : (age >= 45) ? 45 : (age >= 30) ? 28 : 15;
		if (!mandarin || random.nextInt(100) < shanghaineseChance) {
			languages.add(new Language("zh-wuu", (age >= 45) ? 4 + random.nextInt(2) : 2 + random.nextInt(3)));
		}
		int englishChance = ((age < 35) ? 45 : (age < 55) ? 25 : 8) + ((primary == PersonType.EXPERT) ? 15 : 0);
		if (random.nextInt(100) < englishChance) {
			languages.add(new Language("en", 2 + random.nextInt(3)));
		}
		if (random.nextInt(1000) < 30) {
			languages.add(new Language("csl", 1 + random.nextInt(4)));
		}
		return languages;
	}

	private static boolean trainedForSpecialFamilies(SplittableRandom random, Profession profession,
			List<Skill> skills) {
		boolean counselling = skills.stream()
			.anyMatch((skill) -> skill.code().startsWith("psy.") || skill.code().startsWith("sw."));
		boolean companion = skills.stream().anyMatch((skill) -> skill.code().startsWith("care."));
		int chance = (profession.type() == PersonType.EXPERT) ? (counselling ? 55 : 15) : (companion ? 20 : 8);
		return random.nextInt(100) < chance;
	}

	private static List<Training> trainings(SplittableRandom random, boolean trained) {
		int roll = random.nextInt(100);
		int count = (roll < 35) ? 0 : (roll < 70) ? 1 : (roll < 90) ? 2 : 3;
		List<String> courses = new ArrayList<>(GENERAL_COURSES);
		List<Training> trainings = new ArrayList<>(3);
		if (trained) {
			trainings.add(training(random, pick(random, SPECIAL_FAMILY_COURSES), TrainingResult.PASSED));
		}
		else if (random.nextInt(100) < 5) {
			trainings.add(training(random, pick(random, SPECIAL_FAMILY_COURSES), TrainingResult.FAILED));
		}
		while (trainings.size() < count) {
			String course = courses.remove(random.nextInt(courses.size()));
			trainings.add(training(random, course,
					(random.nextInt(100) < 92) ? TrainingResult.PASSED : TrainingResult.FAILED));
		}
		trainings.sort(Comparator.comparing(Training::completedOn));
		return trainings;
	}

	private static Training training(SplittableRandom random, String course, TrainingResult result) {
		long first = LocalDate.of(2021, 1, 1).toEpochDay();
		long last = REFERENCE_DATE.minusDays(7).toEpochDay();
		return new Training(course, LocalDate.ofEpochDay(first + random.nextLong(last - first)),
				TRAINING_HOURS[random.nextInt(TRAINING_HOURS.length)], result);
	}

	private static double[] homeLocation(SplittableRandom random, Street home) {
		double kilometres = 1.5 * Math.sqrt(random.nextDouble());
		double bearing = 2 * Math.PI * random.nextDouble();
		double latitude = home.latitude() + kilometres * Math.cos(bearing) / 111.32;
		double longitude = home.longitude()
				+ kilometres * Math.sin(bearing) / (111.32 * Math.cos(Math.toRadians(home.latitude())));
		// Rounded to 0.005°, about 500 m, so that an exact home is never stored.
		return new double[] { Math.round(latitude * 200) / 200.0, Math.round(longitude * 200) / 200.0 };
	}

	private static List<String> servedStreets(SplittableRandom random, Street home) {
		int roll = random.nextInt(100);
		int neighbours = (roll < 40) ? 0 : (roll < 70) ? 1 : (roll < 90) ? 2 : 3;
		List<String> candidates = new ArrayList<>(home.neighbours());
		List<String> served = new ArrayList<>(1 + neighbours);
		served.add(home.code());
		for (int i = 0; i < neighbours && !candidates.isEmpty(); i++) {
			served.add(candidates.remove(random.nextInt(candidates.size())));
		}
		return served;
	}

	private static int capacity(SplittableRandom random, Lifestyle lifestyle, PersonType primary) {
		return switch (lifestyle) {
			case RETIRED -> 8 + random.nextInt(33);
			case STUDENT -> 4 + random.nextInt(17);
			case FLEXIBLE -> 6 + random.nextInt(19);
			case WORKING -> 4 + random.nextInt((primary == PersonType.EXPERT) ? 9 : 13);
		};
	}

	private static LocalDate agreementSignedOn(SplittableRandom random, int years) {
		LocalDate termStartingToday = REFERENCE_DATE.minusYears(years).plusDays(1);
		if (random.nextInt(100) < 90) {
			long days = REFERENCE_DATE.toEpochDay() - termStartingToday.toEpochDay();
			return termStartingToday.plusDays(random.nextLong(days));
		}
		return termStartingToday.minusDays(1 + random.nextInt(400));
	}

	private String mobile(SplittableRandom random, int index) {
		long subscriber = MOBILE_SUBSCRIBERS.apply(index, this.seed);
		return MOBILE_PREFIXES.draw(random) + pad(subscriber, 8);
	}

	private String email(SplittableRandom random, int index, Name name, int age) {
		if (random.nextInt(100) >= ((age >= 60) ? 45 : 75)) {
			return null;
		}
		if (random.nextInt(100) < 40) {
			return (100_000_000L + QQ_NUMBERS.apply(index, this.seed)) + "@qq.com";
		}
		return name.pinyin() + MAIL_SUFFIXES.apply(index, this.seed) + "@" + MAIL_DOMAINS.draw(random);
	}

	private String residentId(SplittableRandom random, int index, Gender gender, int birthYear) {
		String region = SHANGHAI_REGIONS.draw(random);
		if (random.nextInt(100) >= 70) {
			return null;
		}
		long slot = BIRTH_DAYS_AND_SEQUENCES.apply(index, this.seed);
		LocalDate birthDate = LocalDate.ofYearDay(birthYear, (int) (slot % 365) + 1);
		// The 17th digit is odd for men and even for women.
		long sequence = (slot / 365) * 2 + ((gender == Gender.MALE) ? 1 : 0);
		String first17 = region + birthDate.getYear() + pad(birthDate.getMonthValue(), 2)
				+ pad(birthDate.getDayOfMonth(), 2) + pad(sequence, 3);
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		return first17 + ID_CHECK_CHARACTERS.charAt(sum % 11);
	}

	private static String bio(SplittableRandom random, Profession profession, Lifestyle lifestyle, String employer,
			String title, List<Skill> skills, List<Language> languages, Street home) {
		List<String> names = skills.stream().map((skill) -> Taxonomy.skill(skill.code()).name()).toList();
		String main = enumeration(names.subList(0, Math.min(2, names.size())));
		int years = skills.get(0).years();
		StringBuilder bio = new StringBuilder();
		switch (profession.type()) {
			case EXPERT -> {
				bio.append(lifestyle == Lifestyle.RETIRED ? "退休" + ((title != null) ? title : "专家")
						: employer + ((title != null) ? title : ""));
				bio.append("，从事").append(main).append("工作").append(years).append("年。");
				if (random.nextInt(100) < 60) {
					bio.append(pick(random, List.of("长期为社区居民提供" + names.get(0) + "服务，耐心细致。",
							"愿意利用业余时间为计生家庭提供" + names.get(names.size() - 1) + "。", "参与过多场计生协专家咨询活动。")));
				}
			}
			case INSTRUCTOR -> {
				bio.append((lifestyle == Lifestyle.RETIRED) ? "退休" : employer).append((title != null) ? title : "");
				bio.append("，开展").append(main).append(years).append("年。");
				if (random.nextInt(100) < 60) {
					bio.append("累计授课").append(10 + random.nextInt(190)).append("场，深受居民欢迎。");
				}
			}
			case VOLUNTEER -> {
				bio.append(volunteerIntroduction(profession, lifestyle, employer, home));
				bio.append("，参与社区志愿服务").append(years).append("年，主要参加").append(enumeration(names)).append("。");
				boolean shanghainese = languages.stream().anyMatch((language) -> language.code().equals("zh-wuu"));
				if (random.nextInt(100) < 60) {
					bio.append(shanghainese ? "熟悉社区情况，能用上海话与老人交流。" : "热心公益，做事细致可靠。");
				}
			}
		}
		return bio.toString();
	}

	private static String volunteerIntroduction(Profession profession, Lifestyle lifestyle, String employer,
			Street home) {
		if (lifestyle == Lifestyle.RETIRED) {
			return home.name() + "退休居民";
		}
		return switch (profession.key()) {
			case "student" -> employer + "在读研究生";
			case "community-worker" -> employer + "社区工作者";
			case "homemaker" -> home.name() + "居民";
			default -> employer + "职工";
		};
	}

	private static String enumeration(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join("、", items.subList(0, items.size() - 1)) + "和" + items.get(items.size() - 1);
	}

	private static <T> T pick(SplittableRandom random, List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	private static String digits(SplittableRandom random, int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			digits.append((char) ('0' + random.nextInt(10)));
		}
		return digits.toString();
	}

	private static String pad(long value, int width) {
		String digits = Long.toString(value);
		return "0".repeat(Math.max(0, width - digits.length())) + digits;
	}

	private static Weighted<String> weighted(String table) {
		Weighted.Builder<String> weighted = Weighted.builder();
		for (String entry : table.split(" ")) {
			int colon = entry.lastIndexOf(':');
			weighted.add(entry.substring(0, colon), Integer.parseInt(entry.substring(colon + 1)));
		}
		return weighted.build();
	}

	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/**
	 * An affine bijection of {@code [0, modulus)}, shifted by the seed.
	 */
	private record Permutation(long modulus, long multiplier, long salt) {

		long apply(int index, long seed) {
			long offset = Math.floorMod(mix(seed ^ mix(this.salt)), this.modulus);
			return Math.floorMod(this.multiplier * (index % this.modulus) + offset, this.modulus);
		}

	}

}
