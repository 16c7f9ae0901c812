package org.carepool.ui.requests.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a coordinator may change on a request's page: its title, description, day and
 * times, and how many people it needs. The rest of the request is sent back as read.
 *
 * @param title the title
 * @param description what is needed
 * @param date the day of a one-off request
 * @param start when each visit starts
 * @param end when it ends
 * @param peopleNeeded how many people
 */
record EditForm(String title, String description, String date, String start, String end, String peopleNeeded) {

	@SuppressWarnings("unchecked")
	static EditForm of(Map<String, Object> request) {
		Map<String, Object> schedule = (Map<String, Object>) request.get("schedule");
		return new EditForm((String) request.get("title"), (String) request.get("description"),
				(String) schedule.get("date"), time(schedule.get("start")), time(schedule.get("end")),
				String.valueOf(request.get("peopleNeeded")));
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> applyTo(Map<String, Object> request) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (String field : new String[] { "category", "project", "requiredSkills", "preferredSkills", "languages",
				"durationMinutes", "sensitive", "avoidOwnOrganisation", "dueOn", "familyReference" }) {
			body.put(field, request.get(field));
		}
		Map<String, Object> place = new LinkedHashMap<>((Map<String, Object>) request.get("place"));
		body.put("place", place);
		Map<String, Object> schedule = new LinkedHashMap<>((Map<String, Object>) request.get("schedule"));
		if (this.date != null && !this.date.isBlank()) {
			schedule.put("date", this.date);
		}
		schedule.put("start", this.start);
		schedule.put("end", this.end);
		body.put("schedule", schedule);
		body.put("title", this.title);
		body.put("description", this.description);
		body.put("peopleNeeded", this.peopleNeeded);
		return body;
	}

	private static String time(Object value) {
		String text = String.valueOf(value);
		return (text.length() >= 5) ? text.substring(0, 5) : text;
	}

}
