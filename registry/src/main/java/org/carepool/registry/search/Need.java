package org.carepool.registry.search;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.carepool.registry.api.InvalidInput;
import org.carepool.registry.api.InvalidInput.Violation;
import org.carepool.registry.taxonomy.Taxonomy;

/**
 * Match criteria checked against the taxonomy and resolved into what the constraints
 * need: the service day, the weekly window in minutes, the place and the distance scale.
 */
record Need(String category, Map<String, Integer> requiredSkills, Map<String, List<String>> certifiedSkills,
		List<String> preferredSkills, List<String> languages, double[] place, double scaleKm, LocalDate day,
		int fromMinute, int toMinute, double hours, int peopleNeeded, boolean sensitive, Set<String> exclude,
		String avoidOrganisation, int limit) {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** How far people travel for each kind of work before it counts against them. */
	private static final Map<String, Double> SCALE_KM = Map.of("family-support", 3.0, "rights-protection", 5.0,
			"reproductive-health-consulting", 5.0, "prenatal-childcare-guidance", 4.0, "publicity-education", 8.0,
			"family-health-promotion", 5.0);

	static Need of(MatchCriteria criteria, Taxonomy taxonomy, Clock clock, int maxCandidates) {
		List<Violation> violations = new ArrayList<>();
		if (!taxonomy.contains(Taxonomy.Kind.REQUEST_CATEGORIES, criteria.category())) {
			violations.add(new Violation("category", "unknown-code"));
		}
		Map<String, Integer> required = new java.util.LinkedHashMap<>();
		Map<String, List<String>> certified = new java.util.LinkedHashMap<>();
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
		List<String> languages = (criteria.languages() != null) ? criteria.languages() : List.of();
		for (int i = 0; i < languages.size(); i++) {
			if (!taxonomy.contains(Taxonomy.Kind.LANGUAGES, languages.get(i))) {
				violations.add(new Violation("languages[" + i + "]", "unknown-code"));
			}
		}
		double[] place = null;
		if (criteria.place() != null) {
			MatchCriteria.Place given = criteria.place();
			if (given.street() != null) {
				Taxonomy.Street street = taxonomy.street(given.street()).orElse(null);
				if (street == null) {
					violations.add(new Violation("place.street", "unknown-code"));
				}
				else {
					place = new double[] { street.latitude(), street.longitude() };
				}
			}
			else if (given.lat() != null && given.lon() != null && Math.abs(given.lat()) <= 90
					&& Math.abs(given.lon()) <= 180) {
				place = new double[] { given.lat(), given.lon() };
			}
			else {
				violations.add(new Violation("place", "search.place-required"));
			}
		}
		LocalDate day;
		LocalTime start;
		LocalTime end;
		LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
		if (criteria.date() != null) {
			day = criteria.date();
			start = criteria.start();
			end = criteria.end();
			if (start == null || end == null) {
				violations.add(new Violation((start == null) ? "start" : "end", "required"));
			}
			if (day.isBefore(today)) {
				violations.add(new Violation("date", "search.past"));
			}
		}
		else if (criteria.weekly() != null) {
			day = today.with(TemporalAdjusters.nextOrSame(criteria.weekly().day()));
			start = criteria.weekly().start();
			end = criteria.weekly().end();
		}
		else {
			violations.add(new Violation("date", "search.when-required"));
			day = today;
			start = LocalTime.MIDNIGHT;
			end = LocalTime.MIDNIGHT;
		}
		if (start != null && end != null && !end.isAfter(start)) {
			violations.add(new Violation("end", "search.window"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		int from = Geography.minuteOfWeek(day.getDayOfWeek(), start);
		int to = Geography.minuteOfWeek(day.getDayOfWeek(), end);
		double hours = ((criteria.durationMinutes() != null) ? criteria.durationMinutes() : (to - from)) / 60.0;
		Set<String> exclude = (criteria.exclude() != null)
				? Set.copyOf(criteria.exclude().stream().map(UUID::toString).toList()) : Set.of();
		int limit = Math.min((criteria.limit() != null) ? criteria.limit() : maxCandidates, maxCandidates);
		return new Need(criteria.category(), required, certified, preferred, languages, place,
				SCALE_KM.getOrDefault(criteria.category(), 5.0), day, from, to, hours,
				(criteria.peopleNeeded() != null) ? criteria.peopleNeeded() : 1, criteria.sensitive(), exclude,
				(criteria.avoidOrganisation() != null && !criteria.avoidOrganisation().isBlank())
						? criteria.avoidOrganisation().strip() : null,
				limit);
	}

}
