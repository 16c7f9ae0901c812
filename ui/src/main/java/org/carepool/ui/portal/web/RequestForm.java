package org.carepool.ui.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request form as the partner fills it in, and the registry's submission it becomes:
 * a one-off day, or a weekly slot for some weeks.
 *
 * @param category one of the six key tasks
 * @param title a short title
 * @param description what is needed
 * @param skills the skill codes needed
 * @param street the street code
 * @param when {@code ONCE} or {@code WEEKLY}
 * @param date the day of a one-off request
 * @param day the weekday of a weekly one
 * @param weeks for how many weeks
 * @param firstDay from which day
 * @param start the start time
 * @param end the end time
 * @param peopleNeeded how many people
 * @param sensitive for a special family
 * @param avoidOwnOrganisation leave out the organisation's own staff
 */
record RequestForm(String category, String title, String description, List<String> skills, String street, String when,
		String date, String day, String weeks, String firstDay, String start, String end, String peopleNeeded,
		Boolean sensitive, Boolean avoidOwnOrganisation) {

	static final List<String> DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
			"SUNDAY");

	RequestForm {
		skills = (skills != null) ? List.copyOf(skills) : List.of();
		when = "WEEKLY".equals(when) ? "WEEKLY" : "ONCE";
		// An unticked box sends nothing.
		sensitive = Boolean.TRUE.equals(sensitive);
		avoidOwnOrganisation = Boolean.TRUE.equals(avoidOwnOrganisation);
	}

	static RequestForm blank() {
		return new RequestForm(null, null, null, List.of(), null, "ONCE", null, null, "4", null, "09:00", "11:00", "1",
				false, false);
	}

	boolean weekly() {
		return "WEEKLY".equals(this.when);
	}

	/**
	 * The submission, leaving out what is not filled in (a draft may be incomplete).
	 * @return the JSON body
	 */
	Map<String, Object> toBody() {
		Map<String, Object> body = new LinkedHashMap<>();
		put(body, "category", this.category);
		put(body, "title", this.title);
		put(body, "description", this.description);
		List<Map<String, Object>> required = new ArrayList<>();
		this.skills.stream()
			.filter((code) -> !code.isBlank())
			.distinct()
			.forEach((code) -> required.add(Map.of("code", code, "minLevel", 1)));
		if (!required.isEmpty()) {
			body.put("requiredSkills", required);
		}
		if (present(this.street)) {
			body.put("place", Map.of("street", this.street));
		}
		Map<String, Object> schedule = new LinkedHashMap<>();
		if (weekly()) {
			put(schedule, "day", this.day);
			put(schedule, "weeks", number(this.weeks));
			put(schedule, "firstDay", this.firstDay);
		}
		else {
			put(schedule, "date", this.date);
		}
		put(schedule, "start", this.start);
		put(schedule, "end", this.end);
		body.put("schedule", schedule);
		put(body, "peopleNeeded", number(this.peopleNeeded));
		body.put("sensitive", this.sensitive);
		body.put("avoidOwnOrganisation", this.avoidOwnOrganisation);
		return body;
	}

	/**
	 * The form for a draft's or a request's body.
	 * @param body the submission
	 * @return the form
	 */
	@SuppressWarnings("unchecked")
	static RequestForm of(Map<String, Object> body) {
		Map<String, Object> schedule = (Map<String, Object>) body.getOrDefault("schedule", Map.of());
		Map<String, Object> place = (Map<String, Object>) body.getOrDefault("place", Map.of());
		List<Map<String, Object>> required = (List<Map<String, Object>>) body.getOrDefault("requiredSkills", List.of());
		return new RequestForm(text(body.get("category")), text(body.get("title")), text(body.get("description")),
				required.stream().map((each) -> String.valueOf(each.get("code"))).toList(), text(place.get("street")),
				(schedule.get("day") != null) ? "WEEKLY" : "ONCE", text(schedule.get("date")),
				text(schedule.get("day")), text(schedule.get("weeks")), text(schedule.get("firstDay")),
				time(schedule.get("start")), time(schedule.get("end")), text(body.get("peopleNeeded")),
				Boolean.TRUE.equals(body.get("sensitive")), Boolean.TRUE.equals(body.get("avoidOwnOrganisation")));
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value instanceof String text ? present(text) : value != null) {
			map.put(key, (value instanceof String text) ? text.strip() : value);
		}
	}

	private static Object number(String text) {
		if (!present(text)) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			// The registry names the field and says what is wrong.
			return text.strip();
		}
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	private static String text(Object value) {
		return (value != null) ? String.valueOf(value) : null;
	}

	private static String time(Object value) {
		String text = text(value);
		return (text != null && text.length() > 5) ? text.substring(0, 5) : text;
	}

}
