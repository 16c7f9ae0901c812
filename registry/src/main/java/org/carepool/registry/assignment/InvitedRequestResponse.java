package org.carepool.registry.assignment;

import java.util.List;
import java.util.UUID;

import org.carepool.registry.request.RequestStatus;
import org.carepool.registry.request.SubmitHelpRequest;

/**
 * The request an invitation is for, as the invited person sees it: what, where and when,
 * and nothing about the family beyond its opaque reference. For a special family the
 * disclosure is staged: until they have accepted, only the kind of help, the street, the
 * time and that it is a special family; the reference and the description (the meeting
 * details) once they have accepted, and no longer if the invitation is withdrawn.
 *
 * @param invitation the invitation's id
 * @param invitationStatus where the invitation stands
 * @param id the request's id
 * @param status where the request stands
 * @param category the request category
 * @param title the title
 * @param description what is needed and where to meet; {@code null} for a special family
 * until accepted
 * @param requiredSkills the skills every person must have
 * @param languages languages or dialects that help
 * @param street the street where the help is given
 * @param schedule when
 * @param durationMinutes how long each visit takes
 * @param peopleNeeded how many people are needed
 * @param sensitive whether it is for a special family
 * @param familyReference the family's opaque reference; {@code null} for a special family
 * until accepted
 */
public record InvitedRequestResponse(UUID invitation, InvitationStatus invitationStatus, UUID id, RequestStatus status,
		String category, String title, String description, List<SubmitHelpRequest.SkillNeed> requiredSkills,
		List<String> languages, String street, SubmitHelpRequest.ScheduleInput schedule, int durationMinutes,
		int peopleNeeded, boolean sensitive, String familyReference) {
}
