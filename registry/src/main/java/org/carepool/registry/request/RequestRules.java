package org.carepool.registry.request;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.carepool.registry.api.InvalidInput;
import org.carepool.registry.api.InvalidInput.Violation;
import org.carepool.registry.taxonomy.Taxonomy;
import org.carepool.registry.time.Shanghai;

import org.springframework.stereotype.Component;

/**
 * Checks a submitted request against the taxonomy and the rules of schedules, places and
 * family references, naming every invalid field at once.
 */
@Component
class RequestRules {

	/**
	 * An opaque code such as {@code FAM-2026-0042}: capitals, digits and hyphens, which
	 * leaves no room for a name.
	 */
	static final Pattern FAMILY_REFERENCE = Pattern.compile("[A-Z]{2,5}-[0-9A-Z]{2,8}(-[0-9A-Z]{1,8})?");

	private final Taxonomy taxonomy;

	private final Clock clock;

	RequestRules(Taxonomy taxonomy, Clock clock) {
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	HelpRequest.Details check(SubmitHelpRequest request) {
		List<Violation> violations = new ArrayList<>();
		LocalDate today = Shanghai.today(this.clock);
		if (!this.taxonomy.contains(Taxonomy.Kind.REQUEST_CATEGORIES, request.category())) {
			violations.add(new Violation("category", "unknown-code"));
		}
		if (request.project() != null && !this.taxonomy.contains(Taxonomy.Kind.PROJECTS, request.project())) {
			violations.add(new Violation("project", "unknown-code"));
		}
		Map<String, Integer> required = new LinkedHashMap<>();
		List<SubmitHelpRequest.SkillNeed> skills = orEmpty(request.requiredSkills());
		for (int i = 0; i < skills.size(); i++) {
			String code = skills.get(i).code();
			if (this.taxonomy.skill(code).isEmpty()) {
				violations.add(new Violation("requiredSkills[" + i + "].code", "unknown-code"));
			}
			else if (required.putIfAbsent(code, skills.get(i).minLevel()) != null) {
				violations.add(new Violation("requiredSkills[" + i + "].code", "duplicate"));
			}
		}
		List<String> preferred = codes(orEmpty(request.preferredSkills()), Taxonomy.Kind.SKILLS, "preferredSkills",
				violations);
		List<String> languages = codes(orEmpty(request.languages()), Taxonomy.Kind.LANGUAGES, "languages", violations);
		if (this.taxonomy.street(request.place().street()).isEmpty()) {
			violations.add(new Violation("place.street", "unknown-code"));
		}
		SubmitHelpRequest.Point point = request.place().point();
		if (point != null && !inDistrict(point.lat(), point.lon())) {
			violations.add(new Violation("place.point", "location.outside-district"));
		}
		SubmitHelpRequest.ScheduleInput when = request.schedule();
		Schedule schedule = null;
		if (when.date() != null && when.day() != null) {
			violations.add(new Violation("schedule", "schedule.one-kind"));
		}
		else if (when.date() != null) {
			if (when.weeks() != null || when.firstDay() != null) {
				violations.add(new Violation("schedule", "schedule.one-kind"));
			}
			if (when.date().isBefore(today)) {
				violations.add(new Violation("schedule.date", "search.past"));
			}
			schedule = new Schedule(when.date(), null, null, null, when.start(), when.end());
		}
		else if (when.day() != null) {
			if (when.weeks() == null) {
				violations.add(new Violation("schedule.weeks", "required"));
			}
			LocalDate first = (when.firstDay() != null) ? when.firstDay() : today;
			if (first.isBefore(today)) {
				violations.add(new Violation("schedule.firstDay", "search.past"));
			}
			schedule = new Schedule(null, when.day(), when.weeks(), first, when.start(), when.end());
		}
		else {
			violations.add(new Violation("schedule", "search.when-required"));
		}
		int window = 0;
		if (!when.end().isAfter(when.start())) {
			violations.add(new Violation("schedule.end", "search.window"));
		}
		else {
			window = (int) Duration.between(when.start(), when.end()).toMinutes();
		}
		int duration = (request.durationMinutes() != null) ? request.durationMinutes() : window;
		if (window > 0 && duration > window) {
			violations.add(new Violation("durationMinutes", "request.duration-exceeds-window"));
		}
		if (window > 0 && duration < 15) {
			violations.add(new Violation("durationMinutes", "request.duration-too-short"));
		}
		if (request.dueOn() != null && request.dueOn().isBefore(today)) {
			violations.add(new Violation("dueOn", "search.past"));
		}
		String reference = (request.familyReference() != null && !request.familyReference().isBlank())
				? request.familyReference().strip() : null;
		if (reference != null && !FAMILY_REFERENCE.matcher(reference).matches()) {
			violations.add(new Violation("familyReference", "request.family-reference"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		return new HelpRequest.Details(request.category(), request.project(), request.title().strip(),
				(request.description() != null) ? request.description().strip() : null, request.place().street(),
				(point != null) ? point.lat() : null, (point != null) ? point.lon() : null, schedule, duration,
				(request.peopleNeeded() != null) ? request.peopleNeeded() : 1, request.sensitive(),
				request.avoidOwnOrganisation(), request.dueOn(), reference, required, preferred, languages);
	}

	private List<String> codes(List<String> values, Taxonomy.Kind kind, String field, List<Violation> violations) {
		Set<String> seen = new HashSet<>();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String code = values.get(i);
			if (!this.taxonomy.contains(kind, code)) {
				violations.add(new Violation(field + "[" + i + "]", "unknown-code"));
			}
			else if (!seen.add(code)) {
				violations.add(new Violation(field + "[" + i + "]", "duplicate"));
			}
			else {
				codes.add(code);
			}
		}
		return codes;
	}

	private static boolean inDistrict(double lat, double lon) {
		return lat >= 31.15 && lat <= 31.35 && lon >= 121.30 && lon <= 121.52;
	}

	private static <T> List<T> orEmpty(List<T> values) {
		return (values != null) ? values : List.of();
	}

}
