package org.carepool.registry.assignment.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.carepool.registry.access.Caller;
import org.carepool.registry.assignment.AssignmentEndpoint;
import org.carepool.registry.assignment.Assignments;
import org.carepool.registry.assignment.InvitationResponse;
import org.carepool.registry.assignment.InviteRequest;
import org.carepool.registry.assignment.LogHoursRequest;
import org.carepool.registry.assignment.RateServiceRequest;
import org.carepool.registry.assignment.RatingResponse;
import org.carepool.registry.assignment.ServiceRecordResponse;
import org.carepool.registry.person.PersonEndpoint;
import org.carepool.registry.request.RequestEndpoint;
import org.carepool.registry.search.MatchResult;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staffing a request: ranked matches, invitations, withdrawals, and after the work the
 * hours and ratings.
 */
@RestController
@RequestMapping("/api/requests/{id}")
@Validated
@Tag(name = "staffing", description = "Matches, invitations, hours and ratings of a request")
@SecurityRequirement(name = "bearer")
class StaffingController implements AssignmentEndpoint, PersonEndpoint, RequestEndpoint {

	private static final String COORDINATORS = "hasAnyRole('COORDINATOR', 'STREET_COORDINATOR')";

	private final Assignments assignments;

	StaffingController(Assignments assignments) {
		this.assignments = assignments;
	}

	@GetMapping("/matches")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "The best people for the request by its own criteria, without those already invited")
	MatchResult matches(@PathVariable UUID id, @RequestParam(required = false) @Min(1) @Max(50) Integer limit,
			Authentication authentication) {
		return this.assignments.matches(Caller.of(authentication), id, (limit != null) ? limit : 10);
	}

	@GetMapping("/invitations")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'STREET_COORDINATOR', 'PARTNER') or hasAnyAuthority('SCOPE_requests.read', 'SCOPE_requests.write')")
	@Operation(summary = "The invitations of the request, with each person's display name")
	List<InvitationResponse> invitations(@PathVariable UUID id, Authentication authentication) {
		return this.assignments.invitations(Caller.of(authentication), id);
	}

	@PostMapping("/invitations")
	@PreAuthorize(COORDINATORS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Invite a person; refused when they are booked for an overlapping time")
	InvitationResponse invite(@PathVariable UUID id, @Valid @RequestBody InviteRequest request,
			Authentication authentication) {
		return this.assignments.invite(Caller.of(authentication), id, request.person());
	}

	@PostMapping("/invitations/{invitationId}/withdraw")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Withdraw an invitation, to replace the person")
	InvitationResponse withdraw(@PathVariable UUID id, @PathVariable UUID invitationId, Authentication authentication) {
		return this.assignments.withdraw(Caller.of(authentication), id, invitationId, null);
	}

	@PostMapping("/service-records")
	@PreAuthorize(COORDINATORS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Log the hours a person served on the completed request")
	ServiceRecordResponse logHours(@PathVariable UUID id, @Valid @RequestBody LogHoursRequest request,
			Authentication authentication) {
		return this.assignments.logHours(Caller.of(authentication), id, request);
	}

	@PostMapping("/service-records/{recordId}/approve")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Approve hours a person reported")
	ServiceRecordResponse approveHours(@PathVariable UUID id, @PathVariable UUID recordId,
			Authentication authentication) {
		return this.assignments.approveHours(Caller.of(authentication), id, recordId);
	}

	@PostMapping("/ratings")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'STREET_COORDINATOR', 'PARTNER') or hasAuthority('SCOPE_requests.write')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Rate a person's service on the completed request (1–5, with a comment)")
	RatingResponse rate(@PathVariable UUID id, @Valid @RequestBody RateServiceRequest request,
			Authentication authentication) {
		return this.assignments.rate(Caller.of(authentication), id, request);
	}

}
