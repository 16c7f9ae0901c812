package org.carepool.registry.organisation.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.carepool.registry.access.Caller;
import org.carepool.registry.api.IfMatch;
import org.carepool.registry.organisation.OrganisationManagement;
import org.carepool.registry.organisation.OrganisationPage;
import org.carepool.registry.organisation.OrganisationRequest;
import org.carepool.registry.organisation.OrganisationResponse;

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
 * Partner organisations: coordinators keep them, staff read them, a partner reads its
 * own.
 */
@RestController
@RequestMapping("/api/organisations")
@Tag(name = "organisations", description = "Partner organisations")
@SecurityRequirement(name = "bearer")
class OrganisationController {

	private static final String KEEPERS = "hasAnyRole('ADMIN', 'COORDINATOR')";

	private static final String READERS = "hasAnyRole('ADMIN', 'COORDINATOR', 'STREET_COORDINATOR', 'PARTNER')";

	private final OrganisationManagement organisations;

	OrganisationController(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@PostMapping
	@PreAuthorize(KEEPERS)
	@Operation(summary = "Register a partner organisation")
	ResponseEntity<OrganisationResponse> register(@Valid @RequestBody OrganisationRequest request,
			Authentication authentication) {
		OrganisationResponse organisation = this.organisations.register(Caller.of(authentication), request);
		return ResponseEntity.created(URI.create("/api/organisations/" + organisation.id()))
			.eTag(Long.toString(organisation.version()))
			.body(organisation);
	}

	@GetMapping
	@PreAuthorize(READERS)
	@Operation(summary = "List organisations a page at a time; a partner sees only its own")
	OrganisationPage list(@RequestParam(required = false) UUID after,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit, Authentication authentication) {
		return this.organisations.list(Caller.of(authentication), after, limit);
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "Read an organisation; the contact phone is masked")
	ResponseEntity<OrganisationResponse> find(@PathVariable UUID id, Authentication authentication) {
		OrganisationResponse organisation = this.organisations.find(Caller.of(authentication), id);
		return ResponseEntity.ok().eTag(Long.toString(organisation.version())).body(organisation);
	}

	@PutMapping("/{id}")
	@PreAuthorize(KEEPERS)
	@Operation(summary = "Change an organisation; send the ETag you read in If-Match")
	ResponseEntity<OrganisationResponse> update(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody OrganisationRequest request, Authentication authentication) {
		OrganisationResponse organisation = this.organisations.update(Caller.of(authentication), id,
				IfMatch.required(ifMatch), request);
		return ResponseEntity.ok().eTag(Long.toString(organisation.version())).body(organisation);
	}

}
