package org.carepool.registry.request;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What staffing a request needs to know about it: the criteria to match people with, its
 * visits, and whom it is for.
 *
 * @param id the request's id
 * @param status where it stands
 * @param organisation the requesting organisation, if any
 * @param organisationName its name, as people's employers are recorded
 * @param category the request category
 * @param requiredSkills the required skills and their minimum levels
 * @param preferredSkills the preferred skills
 * @param languages the preferred languages
 * @param street the street
 * @param latitude the point's latitude, if any
 * @param longitude the point's longitude, if any
 * @param schedule when
 * @param durationMinutes how long each visit takes
 * @param peopleNeeded how many people
 * @param sensitive whether it is for a special family
 * @param avoidOwnOrganisation whether the organisation's own staff are left out
 * @param familyReference the family's opaque reference code, if any
 * @param occurrences each visit
 */
public record StaffingNeed(UUID id, RequestStatus status, UUID organisation, String organisationName, String category,
		Map<String, Integer> requiredSkills, List<String> preferredSkills, List<String> languages, String street,
		Double latitude, Double longitude, Schedule schedule, int durationMinutes, int peopleNeeded, boolean sensitive,
		boolean avoidOwnOrganisation, String familyReference, List<Schedule.Interval> occurrences) {
}
