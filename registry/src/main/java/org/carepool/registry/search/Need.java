package org.carepool.registry.search;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.carepool.registry.api.InvalidInput;
import org.carepool.registry.api.InvalidInput.Violation;
import org.carepool.registry.taxonomy.Taxonomy;

/**
 * Match criteria checked against the taxonomy and resolved into what the constraints
 * need: every visit of the service, the weekly window in minutes, the hours it takes in
 * each month, the place, its street and the distance scale.
 *
 * @param category the request category
 * @param requiredSkills required skills and their minimum levels
 * @param certifiedSkills the required skills that need a certification, with the accepted
 * types
 * @param preferredSkills skills that rank higher
 * @param preferredLanguages languages that rank higher, with the level that counts
 * @param essentialLanguages languages a candidate must speak, with the minimum level
 * @param place where, {@code [lat, lon]}, or {@code null}
 * @param street the street it is in, if known
 * @param scaleKm how far people travel for this kind of work
 * @param visits every visit, in time order
 * @param fromMinute the window's first minute of the week
 * @param toMinute the minute after its last
 * @param hours the hours each visit takes
 * @param peopleNeeded how many people are needed
 * @param sensitive whether it is for a special family
 * @param exclude ids of people not to propose
 * @param avoidOrganisation the organisation (as employers are written) whose staff are
 * not proposed
 * @param servedFamilyBefore ids of people who served the same family before
 * @param limit at most this many candidates
 */
public record Need(String category, Map<String, Integer> requiredSkills, Map<String, List<String>> certifiedSkills,
		List<String> preferredSkills, Map<String, Integer> preferredLanguages, Map<String, Integer> essentialLanguages,
		double[] place, String street, double scaleKm, List<Visit> visits, int fromMinute, int toMinute, double hours,
		int peopleNeeded, boolean sensitive, Set<String> exclude, String avoidOrganisation,
		Set<String> servedFamilyBefore, int limit) {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** The level a preferred language given by code alone must reach. */
	static final int PREFERRED_LANGUAGE_LEVEL = 3;

	/** How far people travel for each kind of work before it counts against them. */
	private static final Map<String, Double> SCALE_KM = Map.of("family-support", 3.0, "rights-protection", 5.0,
			"reproductive-health-consulting", 5.0, "prenatal-childcare-guidance", 4.0, "publicity-education", 8.0,
			"family-health-promotion", 5.0);

	/**
	 * The first visit's day.
	 * @return the day
	 */
	public LocalDate firstDay() {
		return this.visits.get(0).day();
	}

	/**
	 * The last visit's day.
	 * @return the day
	 */
	public LocalDate lastDay() {
		return this.visits.get(this.visits.size() - 1).day();
	}

	/**
	 * The hours the need takes in each month it touches.
	 * @return hours by month ({@code 2027-03}), in month order
	 */
	public Map<String, Double> hoursByMonth() {
		Map<String, Double> months = new TreeMap<>();
		this.visits.forEach((visit) -> months.merge(YearMonth.from(visit.day()).toString(), this.hours, Double::sum));
		return months;
	}

	/**
	 * The same need with other exclusions and people who served the family before.
	 * @param exclude ids of people not to propose
	 * @param servedBefore ids of people who served the same family before
	 * @return the need
	 */
	public Need with(Set<String> exclude, Set<String> servedBefore) {
		return new Need(this.category, this.requiredSkills, this.certifiedSkills, this.preferredSkills,
				this.preferredLanguages, this.essentialLanguages, this.place, this.street, this.scaleKm, this.visits,
				this.fromMinute, this.toMinute, this.hours, this.peopleNeeded, this.sensitive, Set.copyOf(exclude),
				this.avoidOrganisation, Set.copyOf(servedBefore), this.limit);
	}

	/**
	 * Checks criteria and resolves them.
	 * @param criteria what a coordinator or a request asks for
	 * @param taxonomy the codes
	 * @param clock today
	 * @param maxCandidates the most candidates ever returned
	 * @return the need
	 * @throws InvalidInput naming every field that is wrong
	 */
	public static Need of(MatchCriteria criteria, Taxonomy taxonomy, Clock clock, int maxCandidates) {
		List<Violation> violations = new ArrayList<>();
		if (!taxonomy.contains(Taxonomy.Kind.REQUEST_CATEGORIES, criteria.category())) {
			violations.add(new Violation("category", "unknown-code"));
		}
		Map<String, Integer> required = new LinkedHashMap<>();
		Map<String, List<String>> certified = new LinkedHashMap<>();
		List<MatchCriteria.RequiredSkill> skills = (criteria.requiredSkills() != null) ? criteria.requiredSkills()
				: List.of();
		for (int i = 0; i < skills.size(); i++) {
			MatchCriteria.RequiredSkill skill = skills.get(i);
			Taxonomy.Skill known = taxonomy.skill(skill.code()).orElse(null);
			if (known == null) {
				violations.add(new Violation("requiredSkills[" + i + "].code", "unknown-code"));
				continue;
			}
			required.put(skill.code(), skill.minLevel());
			if (known.needsCertification()) {
				certified.put(skill.code(), known.acceptedCertifications());
			}
		}
		List<String> preferred = (criteria.preferredSkills() != null) ? criteria.preferredSkills() : List.of();
		for (int i = 0; i < preferred.size(); i++) {
			if (!taxonomy.contains(Taxonomy.Kind.SKILLS, preferred.get(i))) {
				violations.add(new Violation("preferredSkills[" + i + "]", "unknown-code"));
			}
		}
		Map<String, Integer> preferredLanguages = new LinkedHashMap<>();
		Map<String, Integer> essentialLanguages = new LinkedHashMap<>();
		List<String> languages = (criteria.languages() != null) ? criteria.languages() : List.of();
		for (int i = 0; i < languages.size(); i++) {
			if (!taxonomy.contains(Taxonomy.Kind.LANGUAGES, languages.get(i))) {
				violations.add(new Violation("languages[" + i + "]", "unknown-code"));
			}
			preferredLanguages.put(languages.get(i), PREFERRED_LANGUAGE_LEVEL);
		}
		List<MatchCriteria.LanguageRequirement> requirements = (criteria.languageRequirements() != null)
				? criteria.languageRequirements() : List.of();
		for (int i = 0; i < requirements.size(); i++) {
			MatchCriteria.LanguageRequirement requirement = requirements.get(i);
			if (!taxonomy.contains(Taxonomy.Kind.LANGUAGES, requirement.code())) {
				violations.add(new Violation("languageRequirements[" + i + "].code", "unknown-code"));
			}
			if (requirement.essential()) {
				essentialLanguages.put(requirement.code(), requirement.minLevel());
				preferredLanguages.remove(requirement.code());
			}
			else if (!essentialLanguages.containsKey(requirement.code())) {
				preferredLanguages.put(requirement.code(), requirement.minLevel());
			}
		}
		double[] place = null;
		String street = null;
		if (criteria.place() != null) {
			MatchCriteria.Place given = criteria.place();
			boolean point = given.lat() != null || given.lon() != null;
			if (point) {
				// A point wins over a street: the street only names where the point is.
				if (given.lat() != null && given.lon() != null && Math.abs(given.lat()) <= 90
						&& Math.abs(given.lon()) <= 180) {
					place = new double[] { given.lat(), given.lon() };
				}
				else {
					violations.add(new Violation("place", "search.place-required"));
				}
			}
			if (given.street() != null) {
				Taxonomy.Street known = taxonomy.street(given.street()).orElse(null);
				if (known == null) {
					violations.add(new Violation("place.street", "unknown-code"));
				}
				else {
					street = known.code();
					if (!point) {
						place = new double[] { known.latitude(), known.longitude() };
					}
				}
			}
			else if (!point) {
				violations.add(new Violation("place", "search.place-required"));
			}
		}
		List<LocalDate> days = new ArrayList<>();
		LocalTime start;
		LocalTime end;
		LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
		if (criteria.date() != null) {
			days.add(criteria.date());
			start = criteria.start();
			end = criteria.end();
			if (start == null || end == null) {
				violations.add(new Violation((start == null) ? "start" : "end", "required"));
			}
			if (criteria.date().isBefore(today)) {
				violations.add(new Violation("date", "search.past"));
			}
		}
		else if (criteria.weekly() != null) {
			MatchCriteria.WeeklySlot weekly = criteria.weekly();
			LocalDate first = ((weekly.firstDay() != null) ? weekly.firstDay() : today)
				.with(TemporalAdjusters.nextOrSame(weekly.day()));
			int weeks = (weekly.weeks() != null) ? weekly.weeks() : 1;
			for (int i = 0; i < weeks; i++) {
				// Visits already past are not staffed any more; the rest must all pass.
				if (!first.plusWeeks(i).isBefore(today)) {
					days.add(first.plusWeeks(i));
				}
			}
			if (days.isEmpty()) {
				violations.add(new Violation("weekly.firstDay", "search.past"));
				days.add(today);
			}
			start = weekly.start();
			end = weekly.end();
		}
		else {
			violations.add(new Violation("date", "search.when-required"));
			days.add(today);
			start = LocalTime.MIDNIGHT;
			end = LocalTime.MIDNIGHT;
		}
		if (start != null && end != null && !end.isAfter(start)) {
			violations.add(new Violation("end", "search.window"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		LocalTime from = start;
		LocalTime to = end;
		List<Visit> visits = days.stream()
			.map((day) -> new Visit(day, day.atTime(from).atZone(SHANGHAI).toInstant(),
					day.atTime(to).atZone(SHANGHAI).toInstant()))
			.toList();
		int fromMinute = Geography.minuteOfWeek(days.get(0).getDayOfWeek(), start);
		int toMinute = Geography.minuteOfWeek(days.get(0).getDayOfWeek(), end);
		double hours = ((criteria.durationMinutes() != null) ? criteria.durationMinutes() : (toMinute - fromMinute))
				/ 60.0;
		Set<String> exclude = (criteria.exclude() != null)
				? Set.copyOf(criteria.exclude().stream().map(UUID::toString).toList()) : Set.of();
		int peopleNeeded = (criteria.peopleNeeded() != null) ? criteria.peopleNeeded() : 1;
		int asked = (criteria.limit() != null) ? criteria.limit() : maxCandidates;
		int limit = Math.min(Math.max(asked, peopleNeeded), maxCandidates);
		return new Need(criteria.category(), required, certified, preferred, preferredLanguages, essentialLanguages,
				place, street, SCALE_KM.getOrDefault(criteria.category(), 5.0), visits, fromMinute, toMinute, hours,
				peopleNeeded, criteria.sensitive(), exclude,
				(criteria.avoidOrganisation() != null && !criteria.avoidOrganisation().isBlank())
						? criteria.avoidOrganisation().strip() : null,
				Set.of(), limit);
	}

	/**
	 * One visit.
	 *
	 * @param day the day, in Shanghai
	 * @param startsAt when it starts
	 * @param endsAt when it ends
	 */
	public record Visit(LocalDate day, Instant startsAt, Instant endsAt) {
	}

}
