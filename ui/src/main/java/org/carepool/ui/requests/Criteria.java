package org.carepool.ui.requests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's need as the registry's {@code /api/matches/why-not} takes it: the same
 * criteria staffing ranks by.
 */
public final class Criteria {

	private Criteria() {
	}

	/**
	 * The match criteria of a request.
	 * @param request the registry's request
	 * @return the criteria
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> of(Map<String, Object> request) {
		Map<String, Object> criteria = new LinkedHashMap<>();
		criteria.put("category", request.get("category"));
		criteria.put("requiredSkills", request.getOrDefault("requiredSkills", List.of()));
		criteria.put("preferredSkills", request.getOrDefault("preferredSkills", List.of()));
		criteria.put("languages", request.getOrDefault("languages", List.of()));
		Map<String, Object> place = (Map<String, Object>) request.get("place");
		Map<String, Object> point = (place != null) ? (Map<String, Object>) place.get("point") : null;
		Map<String, Object> where = new LinkedHashMap<>();
		if (point != null) {
			where.put("lat", point.get("lat"));
			where.put("lon", point.get("lon"));
		}
		else if (place != null) {
			where.put("street", place.get("street"));
		}
		criteria.put("place", where);
		Map<String, Object> schedule = (Map<String, Object>) request.get("schedule");
		if (schedule.get("date") != null) {
			criteria.put("date", schedule.get("date"));
			criteria.put("start", schedule.get("start"));
			criteria.put("end", schedule.get("end"));
		}
		else {
			criteria.put("weekly",
					Map.of("day", schedule.get("day"), "start", schedule.get("start"), "end", schedule.get("end")));
		}
		criteria.put("durationMinutes", request.get("durationMinutes"));
		criteria.put("peopleNeeded", request.get("peopleNeeded"));
		criteria.put("sensitive", request.get("sensitive"));
		return criteria;
	}

}
