package org.carepool.registry.roster;

import java.text.Normalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.carepool.registry.person.CertificationRequest;
import org.carepool.registry.person.Gender;
import org.carepool.registry.person.PersonType;
import org.carepool.registry.person.RegisterPersonRequest;
import org.carepool.registry.privacy.Vault;
import org.carepool.registry.taxonomy.Taxonomy;
import org.carepool.registry.taxonomy.Taxonomy.Kind;

import org.springframework.stereotype.Component;

/**
 * Reads roster cells into a registration: names or codes of streets, skills and
 * certifications (with the nearest known one suggested when a value is unknown), genders,
 * years and types as people write them. The registration rules themselves are applied
 * afterwards, by the registry's own screening.
 */
@Component
class RosterReading {

	private static final Pattern LIST = Pattern.compile("[、,，;；/|\\n]+");

	private static final Pattern LEVELLED = Pattern
		.compile("^(.+?)\\s*(?:[(（:：]\\s*(\\d+)\\s*级?\\s*[)）]?|\\s+(\\d+)\\s*级?)$");

	private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d\\d)(?:\\s*年.*|[-/.年].*)?$");

	private static final int DEFAULT_LEVEL = 3;

	private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

	private final Map<String, String> streets = new LinkedHashMap<>();

	private final Map<String, String> skills = new LinkedHashMap<>();

	private final Map<String, String> certifications = new LinkedHashMap<>();

	private final Map<String, String> streetLabels = new LinkedHashMap<>();

	private final Map<String, String> skillLabels = new LinkedHashMap<>();

	private final Map<String, String> certificationLabels = new LinkedHashMap<>();

	private final Vault vault;

	RosterReading(Taxonomy taxonomy, Vault vault) {
		this.vault = vault;
		for (Taxonomy.Street street : taxonomy.streets().values()) {
			this.streetLabels.put(street.code(), street.nameZh());
			names(this.streets, street.code(), street.code(), street.nameZh(), street.nameEn(),
					street.nameZh().replaceAll("(街道|镇)$", ""));
		}
		for (Taxonomy.Skill skill : taxonomy.skills().values()) {
			this.skillLabels.put(skill.code(), skill.nameZh());
			names(this.skills, skill.code(), skill.code(), skill.nameZh(), skill.nameEn());
		}
		for (Taxonomy.Term term : taxonomy.terms(Kind.CERTIFICATION_TYPES)) {
			this.certificationLabels.put(term.code(), term.nameZh());
			names(this.certifications, term.code(), term.code(), term.nameZh(), term.nameEn(),
					term.nameZh().replaceAll("（.*?）|\\(.*?\\)", ""));
		}
	}

	private static void names(Map<String, String> index, String code, String... names) {
		for (String name : names) {
			index.putIfAbsent(key(name), code);
		}
	}

	RosterEntry read(RosterSheet.Row row, Map<Integer, RosterColumn> mapping) {
		Map<RosterColumn, RosterSheet.Cell> cells = new EnumMap<>(RosterColumn.class);
		mapping.forEach((index, column) -> cells.putIfAbsent(column, row.cell(index)));
		List<RosterProblem> problems = new ArrayList<>();
		int number = row.number();
		cells.forEach((column, cell) -> {
			if (cell.kind() == RosterSheet.Kind.FORMULA) {
				problems.add(RosterProblem.of(number, column, "formula"));
			}
		});
		String name = text(cells, RosterColumn.NAME);
		if (name == null && !isFormula(cells, RosterColumn.NAME)) {
			problems.add(RosterProblem.of(number, RosterColumn.NAME, "name.required"));
		}
		else if (name != null && name.length() > 50) {
			problems.add(RosterProblem.of(number, RosterColumn.NAME, "name.too-long"));
		}
		else if (name != null && name.matches(".*[0-9@].*")) {
			problems.add(RosterProblem.of(number, RosterColumn.NAME, "name.format"));
		}
		Gender gender = gender(text(cells, RosterColumn.GENDER), number, problems);
		Integer birthYear = birthYear(text(cells, RosterColumn.BIRTH_YEAR), number, problems);
		String residentId = text(cells, RosterColumn.RESIDENT_ID);
		RosterSheet.Cell idCell = cells.get(RosterColumn.RESIDENT_ID);
		if (residentId != null && idCell.kind() == RosterSheet.Kind.NUMBER && residentId.length() >= 15) {
			// Excel keeps 15 significant digits: the last ones are already lost.
			problems.add(RosterProblem.of(number, RosterColumn.RESIDENT_ID, "resident-id.number-cell"));
			residentId = null;
		}
		if (residentId != null) {
			String id = Normalizer.normalize(residentId, Normalizer.Form.NFKC).replaceAll("\\s", "");
			if (id.length() == 18 && id.substring(0, 17).chars().allMatch(Character::isDigit)) {
				int idYear = Integer.parseInt(id.substring(6, 10));
				if (birthYear != null && birthYear != idYear) {
					problems.add(new RosterProblem(number, RosterColumn.BIRTH_YEAR, "birth-year.mismatch",
							Integer.toString(idYear), null));
				}
				Gender idGender = ((id.charAt(16) - '0') % 2 == 1) ? Gender.MALE : Gender.FEMALE;
				if (gender != null && gender != Gender.OTHER && gender != idGender) {
					problems.add(RosterProblem.of(number, RosterColumn.GENDER, "gender.mismatch"));
				}
				birthYear = (birthYear != null) ? birthYear : (Integer) idYear;
			}
		}
		String phone = text(cells, RosterColumn.PHONE);
		String homeStreet = null;
		String home = text(cells, RosterColumn.HOME_STREET);
		if (home != null) {
			homeStreet = code(home, this.streets, this.streetLabels, number, RosterColumn.HOME_STREET, "street.unknown",
					problems);
		}
		Set<String> served = new LinkedHashSet<>();
		for (String street : items(text(cells, RosterColumn.SERVED_STREETS))) {
			String code = code(street, this.streets, this.streetLabels, number, RosterColumn.SERVED_STREETS,
					"street.unknown", problems);
			if (code != null && !served.add(code)) {
				problems.add(RosterProblem.of(number, RosterColumn.SERVED_STREETS, "street.repeated"));
			}
		}
		if (served.isEmpty() && homeStreet != null) {
			served.add(homeStreet);
		}
		if (home == null && served.isEmpty() && !isFormula(cells, RosterColumn.HOME_STREET)) {
			problems.add(RosterProblem.of(number, RosterColumn.HOME_STREET, "street.required"));
		}
		List<RegisterPersonRequest.SkillInput> skills = new ArrayList<>();
		Set<String> skillCodes = new LinkedHashSet<>();
		for (String item : items(text(cells, RosterColumn.SKILLS))) {
			Matcher levelled = LEVELLED.matcher(item);
			String label = item;
			int level = DEFAULT_LEVEL;
			if (levelled.matches()) {
				label = levelled.group(1);
				level = Integer.parseInt((levelled.group(2) != null) ? levelled.group(2) : levelled.group(3));
				if (level < 1 || level > 5) {
					problems.add(new RosterProblem(number, RosterColumn.SKILLS, "skill.level", null, item));
					continue;
				}
			}
			String code = code(label, this.skills, this.skillLabels, number, RosterColumn.SKILLS, "skill.unknown",
					problems);
			if (code != null) {
				if (skillCodes.add(code)) {
					skills.add(new RegisterPersonRequest.SkillInput(code, level, null));
				}
				else {
					problems.add(new RosterProblem(number, RosterColumn.SKILLS, "skill.repeated", null, label));
				}
			}
		}
		List<CertificationRequest> certifications = new ArrayList<>();
		Set<String> certificationCodes = new LinkedHashSet<>();
		for (String item : items(text(cells, RosterColumn.CERTIFICATIONS))) {
			String code = code(item, this.certifications, this.certificationLabels, number, RosterColumn.CERTIFICATIONS,
					"certification.unknown", problems);
			if (code != null && certificationCodes.add(code)) {
				certifications.add(new CertificationRequest(code, null, null, null, null));
			}
		}
		Set<PersonType> types = types(text(cells, RosterColumn.TYPES), number, problems);
		String key = this.vault.blindIndex("roster-row", fingerprint(cells));
		// A row without a name is still screened, so that every mistake in it is reported
		// at
		// once; the missing name keeps it out of the import.
		RegisterPersonRequest request = new RegisterPersonRequest((name != null) ? name : "-", gender, birthYear,
				text(cells, RosterColumn.EMPLOYER), text(cells, RosterColumn.TITLE), null, phone,
				text(cells, RosterColumn.EMAIL), residentId, homeStreet, null, List.copyOf(served), List.of(), skills,
				List.of(), List.of(), null, types, false, null, null);
		return new RosterEntry(number, request, certifications, problems, key);
	}

	private static boolean isFormula(Map<RosterColumn, RosterSheet.Cell> cells, RosterColumn column) {
		RosterSheet.Cell cell = cells.get(column);
		return cell != null && cell.kind() == RosterSheet.Kind.FORMULA;
	}

	private static String fingerprint(Map<RosterColumn, RosterSheet.Cell> cells) {
		StringBuilder text = new StringBuilder();
		cells.forEach((column, cell) -> text.append(column.name())
			.append('=')
			.append(Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).strip())
			.append('\u001f'));
		return text.toString();
	}

	private static Gender gender(String text, int row, List<RosterProblem> problems) {
		if (text == null) {
			return null;
		}
		return switch (key(text)) {
			case "男", "男性", "m", "male", "男士" -> Gender.MALE;
			case "女", "女性", "f", "female", "女士" -> Gender.FEMALE;
			case "其他", "other", "未说明", "不详" -> Gender.OTHER;
			default -> {
				problems.add(new RosterProblem(row, RosterColumn.GENDER, "gender.unknown", null, null));
				yield null;
			}
		};
	}

	private static Integer birthYear(String text, int row, List<RosterProblem> problems) {
		if (text == null) {
			return null;
		}
		Matcher matcher = YEAR.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
		if (!matcher.matches()) {
			problems.add(RosterProblem.of(row, RosterColumn.BIRTH_YEAR, "birth-year.format"));
			return null;
		}
		int year = Integer.parseInt(matcher.group(1));
		int now = Year.now(org.carepool.registry.time.Shanghai.ZONE).getValue();
		if (year < 1920 || year > now - 16) {
			problems.add(RosterProblem.of(row, RosterColumn.BIRTH_YEAR, "birth-year.range"));
			return null;
		}
		return year;
	}

	private static Set<PersonType> types(String text, int row, List<RosterProblem> problems) {
		Set<PersonType> types = new LinkedHashSet<>();
		for (String item : items(text)) {
			switch (key(item)) {
				case "志愿者", "volunteer", "义工" -> types.add(PersonType.VOLUNTEER);
				case "专家", "expert", "专业人士" -> types.add(PersonType.EXPERT);
				case "讲师", "instructor", "教员", "老师" -> types.add(PersonType.INSTRUCTOR);
				default -> problems.add(new RosterProblem(row, RosterColumn.TYPES, "type.unknown", null, item));
			}
		}
		if (types.isEmpty()) {
			types.add(PersonType.VOLUNTEER);
		}
		return types;
	}

	private static String code(String text, Map<String, String> index, Map<String, String> labels, int row,
			RosterColumn column, String problem, List<RosterProblem> problems) {
		String code = index.get(key(text));
		if (code != null) {
			return code;
		}
		problems.add(new RosterProblem(row, column, problem, nearest(text, index, labels).orElse(null), text));
		return null;
	}

	/**
	 * The label of the known value nearest to what was written, when it is near enough to
	 * be a slip.
	 */
	static Optional<String> nearest(String text, Map<String, String> index, Map<String, String> labels) {
		String written = key(text);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Map.Entry<String, String> name : index.entrySet()) {
			int distance = DISTANCE.apply(written, name.getKey());
			if (distance < bestDistance) {
				bestDistance = distance;
				best = name.getValue();
			}
		}
		int tolerance = Math.max(1, Math.min(3, written.length() / 2));
		return (best != null && bestDistance <= tolerance) ? Optional.of(labels.get(best)) : Optional.empty();
	}

	private static List<String> items(String text) {
		if (text == null) {
			return List.of();
		}
		List<String> items = new ArrayList<>();
		for (String item : LIST.split(text)) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		return items;
	}

	private static String text(Map<RosterColumn, RosterSheet.Cell> cells, RosterColumn column) {
		RosterSheet.Cell cell = cells.get(column);
		if (cell == null || cell.kind() == RosterSheet.Kind.FORMULA || cell.text().isBlank()) {
			return null;
		}
		return cell.text().strip();
	}

	static String key(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
	}

}
