package org.carepool.registry.person.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.carepool.registry.access.Caller;
import org.carepool.registry.api.ApiProperties;
import org.carepool.registry.person.CertificationRequest;
import org.carepool.registry.person.ConsentRequest;
import org.carepool.registry.person.ContactResponse;
import org.carepool.registry.person.LinkAccountRequest;
import org.carepool.registry.person.PersonEndpoint;
import org.carepool.registry.person.PersonFilter;
import org.carepool.registry.person.PersonListing;
import org.carepool.registry.person.PersonManagement;
import org.carepool.registry.person.PersonPage;
import org.carepool.registry.person.PersonResponse;
import org.carepool.registry.person.PersonStatus;
import org.carepool.registry.person.PersonType;
import org.carepool.registry.person.ReasonRequest;
import org.carepool.registry.person.RegisterPersonRequest;
import org.carepool.registry.person.TrainingRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coordinators keep the people of their area: register, list, read, change with
 * {@code If-Match}, move through statuses, verify certifications and reveal contact
 * details with a reason.
 */
@RestController
@RequestMapping("/api/people")
@Tag(name = "people", description = "People the association can call on")
@SecurityRequirement(name = "bearer")
class PersonController implements PersonEndpoint {

	private static final String COORDINATORS = "hasAnyRole('COORDINATOR', 'STREET_COORDINATOR')";

	private final PersonManagement people;

	private final PersonListing listing;

	private final ApiProperties api;

	PersonController(PersonManagement people, PersonListing listing, ApiProperties api) {
		this.people = people;
		this.listing = listing;
		this.api = api;
	}

	@PostMapping
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Register a person as an applicant")
	ResponseEntity<PersonResponse> register(@Valid @RequestBody RegisterPersonRequest request,
			Authentication authentication) {
		PersonResponse person = this.people.register(Caller.of(authentication), request);
		return ResponseEntity.created(URI.create("/api/people/" + person.id()))
			.eTag(Long.toString(person.version()))
			.body(person);
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'STREET_COORDINATOR')")
	@Operation(summary = "List people, narrowed by filters, a page at a time (keyset pagination)")
	PersonPage list(@RequestParam(required = false) PersonStatus status,
			@RequestParam(required = false) PersonType type,
			@RequestParam(required = false) @Size(max = 40) String street,
			@RequestParam(required = false) @Size(max = 60) String skill,
			@RequestParam(required = false) @Min(1) @Max(5) Integer minLevel,
			@RequestParam(required = false) @Size(max = 50) String name,
			@Parameter(description = "the `next` cursor of the previous page") @RequestParam(
					required = false) UUID after,
			@RequestParam(required = false) @Min(1) @Max(1000) Integer limit, Authentication authentication) {
		int size = Math.min((limit != null) ? limit : this.api.defaultPageSize(), this.api.maxPageSize());
		return this.listing.list(Caller.of(authentication),
				new PersonFilter(status, type, street, skill, minLevel, name), after, size);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'STREET_COORDINATOR', 'EXPERT', 'VOLUNTEER')")
	@Operation(summary = "Read a person; private values are masked")
	ResponseEntity<PersonResponse> find(@PathVariable UUID id, Authentication authentication) {
		return Versions.withETag(this.people.find(Caller.of(authentication), id));
	}

	@PutMapping("/{id}")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Replace a person's record; send the ETag you read in If-Match")
	ResponseEntity<PersonResponse> update(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody RegisterPersonRequest request, Authentication authentication) {
		return Versions.withETag(this.people.update(Caller.of(authentication), id,
				org.carepool.registry.api.IfMatch.required(ifMatch), request));
	}

	@PostMapping("/{id}/activate")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Activate an applicant or a suspended person")
	ResponseEntity<PersonResponse> activate(@PathVariable UUID id, Authentication authentication) {
		return Versions.withETag(this.people.transition(Caller.of(authentication), id, PersonStatus.ACTIVE));
	}

	@PostMapping("/{id}/suspend")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Suspend an active person")
	ResponseEntity<PersonResponse> suspend(@PathVariable UUID id, Authentication authentication) {
		return Versions.withETag(this.people.transition(Caller.of(authentication), id, PersonStatus.SUSPENDED));
	}

	@PostMapping("/{id}/retire")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Retire an active or suspended person")
	ResponseEntity<PersonResponse> retire(@PathVariable UUID id, Authentication authentication) {
		return Versions.withETag(this.people.transition(Caller.of(authentication), id, PersonStatus.RETIRED));
	}

	@PostMapping("/{id}/erase")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Erase a person's personal data on their request; final")
	ResponseEntity<PersonResponse> erase(@PathVariable UUID id, Authentication authentication) {
		return Versions.withETag(this.people.transition(Caller.of(authentication), id, PersonStatus.ERASED));
	}

	@PostMapping("/{id}/certifications")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Record a certification for a person (unverified)")
	ResponseEntity<PersonResponse> addCertification(@PathVariable UUID id,
			@Valid @RequestBody CertificationRequest request, Authentication authentication) {
		return Versions.withETag(this.people.addCertification(Caller.of(authentication), id, request));
	}

	@PostMapping("/{id}/certifications/{certificationId}/verify")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Verify a certification against its original")
	ResponseEntity<PersonResponse> verifyCertification(@PathVariable UUID id, @PathVariable UUID certificationId,
			Authentication authentication) {
		return Versions.withETag(this.people.verifyCertification(Caller.of(authentication), id, certificationId));
	}

	@PostMapping("/{id}/certifications/{certificationId}/reject")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Reject a certification, with a reason")
	ResponseEntity<PersonResponse> rejectCertification(@PathVariable UUID id, @PathVariable UUID certificationId,
			@Valid @RequestBody ReasonRequest request, Authentication authentication) {
		return Versions.withETag(
				this.people.rejectCertification(Caller.of(authentication), id, certificationId, request.reason()));
	}

	@PostMapping("/{id}/contact-reveal")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Reveal a person's contact details in full, with a reason (audited)")
	ContactResponse revealContact(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request,
			Authentication authentication) {
		return this.people.revealContact(Caller.of(authentication), id, request.reason());
	}

	@PostMapping("/{id}/trainings")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Record a training the person took")
	ResponseEntity<PersonResponse> addTraining(@PathVariable UUID id, @Valid @RequestBody TrainingRequest request,
			Authentication authentication) {
		return Versions.withETag(this.people.addTraining(Caller.of(authentication), id, request));
	}

	@PostMapping("/{id}/consents")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Record a consent the person gave")
	ResponseEntity<PersonResponse> recordConsent(@PathVariable UUID id, @Valid @RequestBody ConsentRequest request,
			Authentication authentication) {
		return Versions.withETag(this.people.recordConsent(Caller.of(authentication), id, request));
	}

	@PostMapping("/{id}/consents/{consentId}/withdraw")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Record that the person withdrew a consent")
	ResponseEntity<PersonResponse> withdrawConsent(@PathVariable UUID id, @PathVariable UUID consentId,
			Authentication authentication) {
		return Versions.withETag(this.people.withdrawConsent(Caller.of(authentication), id, consentId));
	}

	@PutMapping("/{id}/account")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Link an account (the identity provider's sub) to a person, or unlink it")
	ResponseEntity<PersonResponse> linkAccount(@PathVariable UUID id, @Valid @RequestBody LinkAccountRequest request,
			Authentication authentication) {
		return Versions.withETag(this.people.linkAccount(Caller.of(authentication), id, request.subject()));
	}

}
