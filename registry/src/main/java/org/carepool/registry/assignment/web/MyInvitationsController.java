package org.carepool.registry.assignment.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.carepool.registry.access.Caller;
import org.carepool.registry.assignment.AssignmentEndpoint;
import org.carepool.registry.assignment.Assignments;
import org.carepool.registry.assignment.InvitationResponse;
import org.carepool.registry.assignment.InvitedRequestResponse;
import org.carepool.registry.assignment.ReportHoursRequest;
import org.carepool.registry.assignment.ServiceRecordResponse;
import org.carepool.registry.person.PersonEndpoint;
import org.carepool.registry.request.ReasonRequest;
import org.carepool.registry.request.RequestEndpoint;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * People answer their own invitations and report the hours they served.
 */
@RestController
@RequestMapping("/api/people/me/invitations")
@PreAuthorize("hasAnyRole('EXPERT', 'VOLUNTEER', 'COORDINATOR', 'STREET_COORDINATOR', 'ADMIN')")
@Tag(name = "self-service", description = "A person's own invitations")
@SecurityRequirement(name = "bearer")
class MyInvitationsController implements AssignmentEndpoint, PersonEndpoint, RequestEndpoint {

	private final Assignments assignments;

	MyInvitationsController(Assignments assignments) {
		this.assignments = assignments;
	}

	@GetMapping
	@Operation(summary = "Your invitations, newest first")
	List<InvitationResponse> mine(Authentication authentication) {
		return this.assignments.mine(Caller.of(authentication));
	}

	@GetMapping("/{invitationId}/request")
	@Operation(summary = "The request you are invited to: what, where and when, the family only by its reference")
	InvitedRequestResponse request(@PathVariable UUID invitationId, Authentication authentication) {
		return this.assignments.invitedRequest(Caller.of(authentication), invitationId);
	}

	@PostMapping("/{invitationId}/accept")
	@Operation(summary = "Accept an invitation")
	InvitationResponse accept(@PathVariable UUID invitationId, Authentication authentication) {
		return this.assignments.accept(Caller.of(authentication), invitationId);
	}

	@PostMapping("/{invitationId}/decline")
	@Operation(summary = "Decline an invitation, with a reason")
	InvitationResponse decline(@PathVariable UUID invitationId, @Valid @RequestBody ReasonRequest request,
			Authentication authentication) {
		return this.assignments.decline(Caller.of(authentication), invitationId, request.reason());
	}

	@PostMapping("/{invitationId}/hours")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Report the hours you served, for a coordinator to approve")
	ServiceRecordResponse reportHours(@PathVariable UUID invitationId, @Valid @RequestBody ReportHoursRequest request,
			Authentication authentication) {
		return this.assignments.reportHours(Caller.of(authentication), invitationId, request);
	}

}
