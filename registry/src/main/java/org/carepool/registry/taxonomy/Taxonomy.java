package org.carepool.registry.taxonomy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The reference data, read once at start-up (it changes only with a migration), to check
 * codes and to label them.
 */
@Service
public class Taxonomy {

	private final Map<String, Street> streets;

	private final Map<String, Skill> skills;

	private final Map<String, Map<String, Term>> terms;

	Taxonomy(JdbcTemplate jdbc) {
		this.streets = index(
				jdbc.query("select code, name_zh, name_en, kind, latitude, longitude from street order by code",
						(row, i) -> new Street(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
								row.getDouble(5), row.getDouble(6))),
				Street::code);
		Map<String, List<String>> accepted = jdbc
			.query("select skill_code, certification_code from skill_accepted_certification order by 1, 2",
					(row, i) -> Map.entry(row.getString(1), row.getString(2)))
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toUnmodifiableList())));
		this.skills = index(
				jdbc.query("select code, area, name_zh, name_en, needs_certification from skill order by code",
						(row, i) -> new Skill(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
								row.getBoolean(5), accepted.getOrDefault(row.getString(1), List.of()))),
				Skill::code);
		Map<String, Map<String, Term>> terms = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			if (kind.table != null) {
				terms.put(kind.path,
						index(jdbc.query("select " + kind.key + ", name_zh, name_en from " + kind.table + " order by 1",
								(row, i) -> new Term(row.getString(1), row.getString(2), row.getString(3))),
								Term::code));
			}
		}
		this.terms = Map.copyOf(terms);
	}

	/**
	 * Every street and town of the district.
	 * @return the streets, by code
	 */
	public Map<String, Street> streets() {
		return this.streets;
	}

	/**
	 * Every skill of the taxonomy.
	 * @return the skills, by code
	 */
	public Map<String, Skill> skills() {
		return this.skills;
	}

	/**
	 * A street by its code.
	 * @param code the code
	 * @return the street, if the code exists
	 */
	public Optional<Street> street(String code) {
		return Optional.ofNullable(this.streets.get(code));
	}

	/**
	 * A skill by its code.
	 * @param code the code
	 * @return the skill, if the code exists
	 */
	public Optional<Skill> skill(String code) {
		return Optional.ofNullable(this.skills.get(code));
	}

	/**
	 * Whether a code exists in one kind of reference data.
	 * @param kind the kind
	 * @param code the code
	 * @return {@code true} when it exists
	 */
	public boolean contains(Kind kind, String code) {
		return switch (kind) {
			case STREETS -> this.streets.containsKey(code);
			case SKILLS -> this.skills.containsKey(code);
			default -> this.terms.get(kind.path).containsKey(code);
		};
	}

	/**
	 * The labelled terms of a kind of reference data, in code order.
	 * @param kind the kind
	 * @return the terms
	 */
	public List<Term> terms(Kind kind) {
		return switch (kind) {
			case STREETS -> this.streets.values().stream().map(Street::term).toList();
			case SKILLS -> this.skills.values().stream().map(Skill::term).toList();
			default -> List.copyOf(this.terms.get(kind.path).values());
		};
	}

	private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
		Map<String, T> index = new LinkedHashMap<>();
		values.forEach((value) -> index.put(key.apply(value), value));
		return java.util.Collections.unmodifiableMap(index);
	}

	/**
	 * The kinds of reference data, with their path under {@code /api/taxonomy}.
	 */
	public enum Kind {

		/** Streets and towns. */
		STREETS("streets", null, null),
		/** Skills. */
		SKILLS("skills", null, null),
		/** Certification types. */
		CERTIFICATION_TYPES("certification-types", "certification_type", "code"),
		/** Languages and dialects. */
		LANGUAGES("languages", "language", "code"),
		/** The six key tasks that classify requests. */
		REQUEST_CATEGORIES("request-categories", "request_category", "code"),
		/** Kinds of partner organisation. */
		ORGANISATION_TYPES("organisation-types", "organisation_type", "code"),
		/** The association's service brands. */
		PROJECTS("projects", "project", "code"),
		/** Yearly publicity days. */
		CAMPAIGN_DAYS("campaign-days", "campaign_day", "month_day");

		private final String path;

		private final String table;

		private final String key;

		Kind(String path, String table, String key) {
			this.path = path;
			this.table = table;
			this.key = key;
		}

		/**
		 * The path segment of this kind.
		 * @return such as {@code request-categories}
		 */
		public String path() {
			return this.path;
		}

		/**
		 * The kind with a path segment.
		 * @param path the segment
		 * @return the kind, if any
		 */
		public static Optional<Kind> ofPath(String path) {
			return Arrays.stream(values()).filter((kind) -> kind.path.equals(path)).findFirst();
		}

	}

	/**
	 * A code with its Chinese and English labels.
	 *
	 * @param code the code
	 * @param nameZh the Chinese label
	 * @param nameEn the English label
	 */
	public record Term(String code, String nameZh, String nameEn) {
	}

	/**
	 * A street or town with its approximate centre.
	 *
	 * @param code the code
	 * @param nameZh the Chinese name
	 * @param nameEn the English name
	 * @param kind subdistrict or town
	 * @param latitude latitude of the centre
	 * @param longitude longitude of the centre
	 */
	public record Street(String code, String nameZh, String nameEn, String kind, double latitude, double longitude) {

		Term term() {
			return new Term(this.code, this.nameZh, this.nameEn);
		}

	}

	/**
	 * A skill with its area and the certifications it needs.
	 *
	 * @param code the code
	 * @param area the area
	 * @param nameZh the Chinese label
	 * @param nameEn the English label
	 * @param needsCertification whether matching on it needs a verified, valid
	 * certification
	 * @param acceptedCertifications the certification types that satisfy it
	 */
	public record Skill(String code, String area, String nameZh, String nameEn, boolean needsCertification,
			List<String> acceptedCertifications) {

		Term term() {
			return new Term(this.code, this.nameZh, this.nameEn);
		}

		/**
		 * Whether a certification type satisfies this skill.
		 * @param type the certification type
		 * @return {@code true} when accepted
		 */
		public boolean acceptsCertification(String type) {
			return Set.copyOf(this.acceptedCertifications).contains(type);
		}

	}

}
