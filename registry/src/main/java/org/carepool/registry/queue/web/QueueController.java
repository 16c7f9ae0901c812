package org.carepool.registry.queue.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.carepool.registry.access.Caller;
import org.carepool.registry.assignment.Assignments;
import org.carepool.registry.assignment.PendingHours;
import org.carepool.registry.person.PersonQueues;
import org.carepool.registry.person.PersonQueues.UnverifiedCertification;
import org.carepool.registry.queue.SupplyGaps;
import org.carepool.registry.queue.SupplyGaps.Figures;
import org.carepool.registry.queue.SupplyGaps.StreetNeed;
import org.carepool.registry.queue.WorkQueues;
import org.carepool.registry.queue.WorkQueues.QueueCounts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordinators' queues. Applicants to vet are
 * {@code GET /api/people?status=APPLICANT} and requests to accept
 * {@code GET /api/requests?status=SUBMITTED}, both confined the same way.
 */
@RestController
@RequestMapping("/api/queues")
@Validated
@PreAuthorize("hasAnyRole('COORDINATOR', 'STREET_COORDINATOR')")
@Tag(name = "queues", description = "What waits for coordinators, confined to a street coordinator's street")
@SecurityRequirement(name = "bearer")
class QueueController {

	private final WorkQueues queues;

	private final PersonQueues people;

	private final Assignments assignments;

	private final SupplyGaps gaps;

	QueueController(WorkQueues queues, PersonQueues people, Assignments assignments, SupplyGaps gaps) {
		this.queues = queues;
		this.people = people;
		this.assignments = assignments;
		this.gaps = gaps;
	}

	@GetMapping
	@Operation(summary = "How many applicants, certifications, requests, invitations, hours and certificates wait")
	QueueCounts counts(Authentication authentication) {
		return this.queues.counts(Caller.of(authentication));
	}

	@GetMapping("/gaps")
	@Operation(summary = "The supply–demand gap by street: what open requests need, and how many could serve")
	List<StreetNeed> gaps(Authentication authentication) {
		return this.gaps.byStreet(Caller.of(authentication));
	}

	@GetMapping("/figures")
	@Operation(summary = "Active people by street and skill area, and approved service hours in each of 12 months")
	Figures figures(Authentication authentication) {
		return this.gaps.figures(Caller.of(authentication));
	}

	@GetMapping("/certifications")
	@Operation(summary = "Certifications waiting for verification")
	List<UnverifiedCertification> certifications(@RequestParam(required = false) @Min(1) @Max(200) Integer limit,
			Authentication authentication) {
		return this.people.unverifiedCertifications(Caller.of(authentication), (limit != null) ? limit : 50);
	}

	@GetMapping("/hours")
	@Operation(summary = "Self-reported hours waiting for approval")
	List<PendingHours> hours(@RequestParam(required = false) @Min(1) @Max(200) Integer limit,
			Authentication authentication) {
		return this.assignments.pendingHours(Caller.of(authentication), (limit != null) ? limit : 50);
	}

}
