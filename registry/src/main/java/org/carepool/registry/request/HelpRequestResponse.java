package org.carepool.registry.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A help request as its readers see it, with its status history.
 *
 * @param id the request's id
 * @param version the version to send back in {@code If-Match}
 * @param status where it stands
 * @param organisation the requesting organisation, if any
 * @param category the request category
 * @param project the project, if any
 * @param title the title
 * @param description the description
 * @param requiredSkills the required skills
 * @param preferredSkills the preferred skills
 * @param languages the preferred languages
 * @param place where
 * @param schedule when
 * @param durationMinutes how long each visit takes
 * @param peopleNeeded how many people
 * @param sensitive whether it is for a special family
 * @param avoidOwnOrganisation whether the organisation's own staff are left out
 * @param dueOn when it must be done by
 * @param familyReference the family's opaque reference code
 * @param rejectionReason why it was rejected
 * @param submittedBy the account or client that submitted it
 * @param transitions every change of status
 * @param createdAt when it was submitted
 * @param updatedAt when it last changed
 */
public record HelpRequestResponse(UUID id, long version, RequestStatus status, UUID organisation, String category,
		String project, String title, String description, List<SubmitHelpRequest.SkillNeed> requiredSkills,
		List<String> preferredSkills, List<String> languages, SubmitHelpRequest.PlaceInput place,
		SubmitHelpRequest.ScheduleInput schedule, int durationMinutes, int peopleNeeded, boolean sensitive,
		boolean avoidOwnOrganisation, LocalDate dueOn, String familyReference, String rejectionReason,
		String submittedBy, List<TransitionResponse> transitions, Instant createdAt, Instant updatedAt) {

	/**
	 * One change of status.
	 *
	 * @param from the status before
	 * @param to the status after
	 * @param actor who changed it
	 * @param at when
	 * @param reason why, if given
	 */
	public record TransitionResponse(RequestStatus from, RequestStatus to, String actor, Instant at, String reason) {
	}

}
