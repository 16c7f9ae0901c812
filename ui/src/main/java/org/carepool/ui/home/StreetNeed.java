package org.carepool.ui.home;

import java.util.Map;

/**
 * One line of the supply–demand gap as the home page shows it: a street's open need of a
 * skill, named in the reader's language, against how many could serve it.
 *
 * @param street the street's name
 * @param skill the skill's name
 * @param minLevel the level asked for
 * @param openRequests the open requests that need it
 * @param peopleNeeded the people they need together
 * @param peopleAvailable the active people who could serve
 * @param uncovered whether nobody can
 */
public record StreetNeed(String street, String skill, int minLevel, long openRequests, long peopleNeeded,
		long peopleAvailable, boolean uncovered) {

	/**
	 * Reads the registry's answer.
	 * @param need one need from {@code GET /api/queues/gaps}
	 * @param streets street names by code
	 * @param skills skill names by code
	 * @return the line
	 */
	public static StreetNeed of(Map<String, Object> need, Map<String, String> streets, Map<String, String> skills) {
		String street = String.valueOf(need.get("street"));
		String skill = String.valueOf(need.get("skill"));
		return new StreetNeed(streets.getOrDefault(street, street), skills.getOrDefault(skill, skill),
				number(need, "minLevel").intValue(), number(need, "openRequests").longValue(),
				number(need, "peopleNeeded").longValue(), number(need, "peopleAvailable").longValue(),
				Boolean.TRUE.equals(need.get("uncovered")));
	}

	/**
	 * Whether fewer could serve than are needed, though somebody could.
	 * @return whether the need is tight
	 */
	public boolean tight() {
		return !this.uncovered && this.peopleAvailable < this.peopleNeeded;
	}

	private static Number number(Map<String, Object> need, String field) {
		Object value = need.get(field);
		return (value instanceof Number number) ? number : 0;
	}

}
