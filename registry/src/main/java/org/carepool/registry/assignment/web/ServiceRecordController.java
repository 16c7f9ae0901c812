package org.carepool.registry.assignment.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carepool.registry.access.Caller;
import org.carepool.registry.assignment.AssignmentEndpoint;
import org.carepool.registry.assignment.Assignments;
import org.carepool.registry.assignment.MyRecordResponse;
import org.carepool.registry.assignment.ServiceRecordResponse;
import org.carepool.registry.person.PersonEndpoint;
import org.carepool.registry.request.RequestEndpoint;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's service records: hours logged, approved and waiting for approval.
 */
@RestController
@Tag(name = "staffing", description = "Matches, invitations, hours and ratings of a request")
@SecurityRequirement(name = "bearer")
class ServiceRecordController implements AssignmentEndpoint, PersonEndpoint, RequestEndpoint {

	private final Assignments assignments;

	ServiceRecordController(Assignments assignments) {
		this.assignments = assignments;
	}

	@GetMapping("/api/people/{id}/service-records")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'STREET_COORDINATOR')")
	@Operation(summary = "A person's service records, newest first, with those waiting for approval")
	List<ServiceRecordResponse> records(@PathVariable UUID id, Authentication authentication) {
		return this.assignments.serviceRecords(Caller.of(authentication), id);
	}

	@GetMapping("/api/people/me/service-records")
	@PreAuthorize("hasAnyRole('EXPERT', 'VOLUNTEER', 'COORDINATOR', 'STREET_COORDINATOR', 'ADMIN')")
	@Operation(summary = "Your own service records, newest first")
	List<ServiceRecordResponse> mine(Authentication authentication) {
		return this.assignments.myServiceRecords(Caller.of(authentication));
	}

	@GetMapping("/api/people/me/record")
	@PreAuthorize("hasAnyRole('EXPERT', 'VOLUNTEER', 'COORDINATOR', 'STREET_COORDINATOR', 'ADMIN')")
	@Operation(summary = "Your own record: hours this month, this year and in all, work by category, ratings")
	MyRecordResponse record(Authentication authentication) {
		return this.assignments.myRecord(Caller.of(authentication));
	}

}
