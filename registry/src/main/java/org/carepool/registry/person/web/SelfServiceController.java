package org.carepool.registry.person.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.carepool.registry.access.Caller;
import org.carepool.registry.person.CertificationRequest;
import org.carepool.registry.person.ConsentRequest;
import org.carepool.registry.person.ContactResponse;
import org.carepool.registry.person.PersonEndpoint;
import org.carepool.registry.person.PersonResponse;
import org.carepool.registry.person.SelfService;
import org.carepool.registry.person.UpdateOwnProfileRequest;

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
import org.springframework.web.bind.annotation.RestController;

/**
 * People keep their own profile, availability, languages, skills, certifications and
 * consents; what only coordinators decide stays out of reach.
 */
@RestController
@RequestMapping("/api/people/me")
@PreAuthorize("hasAnyRole('EXPERT', 'VOLUNTEER', 'COORDINATOR', 'STREET_COORDINATOR', 'ADMIN')")
@Tag(name = "self-service", description = "A person's own profile")
@SecurityRequirement(name = "bearer")
class SelfServiceController implements PersonEndpoint {

	private final SelfService people;

	SelfServiceController(SelfService people) {
		this.people = people;
	}

	@GetMapping
	@Operation(summary = "Read your own profile")
	ResponseEntity<PersonResponse> me(Authentication authentication) {
		return Versions.withETag(this.people.me(Caller.of(authentication)));
	}

	@GetMapping("/contact")
	@Operation(summary = "Read your own contact details in full, to correct them")
	ResponseEntity<ContactResponse> contact(Authentication authentication) {
		return ResponseEntity.ok()
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.body(this.people.myContact(Caller.of(authentication)));
	}

	@PutMapping
	@Operation(summary = "Change your own profile; send the ETag you read in If-Match")
	ResponseEntity<PersonResponse> update(@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody UpdateOwnProfileRequest request, Authentication authentication) {
		return Versions.withETag(this.people.updateMe(Caller.of(authentication),
				org.carepool.registry.api.IfMatch.required(ifMatch), request));
	}

	@PostMapping("/certifications")
	@Operation(summary = "Add a certification (a coordinator verifies it)")
	ResponseEntity<PersonResponse> addCertification(@Valid @RequestBody CertificationRequest request,
			Authentication authentication) {
		return Versions.withETag(this.people.addMyCertification(Caller.of(authentication), request));
	}

	@PutMapping("/certifications/{certificationId}")
	@Operation(summary = "Change a certification; it returns to unverified")
	ResponseEntity<PersonResponse> changeCertification(@PathVariable UUID certificationId,
			@Valid @RequestBody CertificationRequest request, Authentication authentication) {
		return Versions
			.withETag(this.people.changeMyCertification(Caller.of(authentication), certificationId, request));
	}

	@PostMapping("/consents")
	@Operation(summary = "Give a consent to the privacy notice")
	ResponseEntity<PersonResponse> giveConsent(@Valid @RequestBody ConsentRequest request,
			Authentication authentication) {
		return Versions.withETag(this.people.giveMyConsent(Caller.of(authentication), request));
	}

	@PostMapping("/consents/{consentId}/withdraw")
	@Operation(summary = "Withdraw a consent; without consent to contact you are not matched")
	ResponseEntity<PersonResponse> withdrawConsent(@PathVariable UUID consentId, Authentication authentication) {
		return Versions.withETag(this.people.withdrawMyConsent(Caller.of(authentication), consentId));
	}

}
