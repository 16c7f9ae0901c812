package org.carepool.registry.assignment;

import java.util.List;
import java.util.Map;

import org.carepool.registry.request.StaffingNeed;
import org.carepool.registry.search.MatchCriteria;

/**
 * A request's own criteria for matching, written once for staffing and for expert draws.
 *
 * <p>
 * The avoidance rule, decided here once: the requesting organisation's own staff (people
 * whose employer is written as its name) are left out of staffing when the request asks
 * for it ({@code avoidOwnOrganisation}), and always out of an expert draw — a draw exists
 * to pick independent experts, and adds its own conflicts by person. A request's point
 * wins over its street, which still names the street for distance.
 */
public final class RequestCriteria {

	private RequestCriteria() {
	}

	/**
	 * The criteria for staffing a request.
	 * @param need the request
	 * @param limit at most this many candidates
	 * @return the criteria
	 */
	public static MatchCriteria forStaffing(StaffingNeed need, int limit) {
		return criteria(need, need.requiredSkills(), need.preferredSkills(), need.languages(), limit,
				need.avoidOwnOrganisation());
	}

	/**
	 * The criteria for drawing experts of one specialty for a request.
	 * @param need the request
	 * @param specialty the skill code
	 * @param level its minimum level
	 * @return the criteria
	 */
	public static MatchCriteria forDraw(StaffingNeed need, String specialty, int level) {
		return criteria(need, Map.of(specialty, level), List.of(), List.of(), null, true);
	}

	private static MatchCriteria criteria(StaffingNeed need, Map<String, Integer> requiredSkills,
			List<String> preferredSkills, List<String> languages, Integer limit, boolean avoid) {
		List<MatchCriteria.RequiredSkill> required = requiredSkills.entrySet()
			.stream()
			.map((entry) -> new MatchCriteria.RequiredSkill(entry.getKey(), entry.getValue()))
			.toList();
		MatchCriteria.Place place = new MatchCriteria.Place(need.street(), need.latitude(), need.longitude());
		var schedule = need.schedule();
		MatchCriteria.WeeklySlot weekly = (schedule.date() == null) ? new MatchCriteria.WeeklySlot(schedule.weeklyDay(),
				schedule.start(), schedule.end(), schedule.firstDay(), schedule.weeks()) : null;
		return new MatchCriteria(need.category(), required, preferredSkills, languages, List.of(), place,
				schedule.date(), (schedule.date() != null) ? schedule.start() : null,
				(schedule.date() != null) ? schedule.end() : null, weekly, need.durationMinutes(), need.peopleNeeded(),
				need.sensitive(), List.of(), avoid ? need.organisationName() : null, limit);
	}

}
