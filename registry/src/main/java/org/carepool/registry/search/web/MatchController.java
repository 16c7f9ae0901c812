package org.carepool.registry.search.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.carepool.registry.access.Caller;
import org.carepool.registry.search.MatchCriteria;
import org.carepool.registry.search.MatchResult;
import org.carepool.registry.search.Matching;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching a need to the best available people, with reasons, and why someone is not
 * proposed.
 */
@RestController
@RequestMapping("/api/matches")
@PreAuthorize("hasAnyRole('COORDINATOR', 'STREET_COORDINATOR')")
@Tag(name = "matching", description = "Ranked candidates for a need, with explanations")
@SecurityRequirement(name = "bearer")
class MatchController {

	private final Matching matching;

	MatchController(Matching matching) {
		this.matching = matching;
	}

	@PostMapping
	@Operation(summary = "The best available people for a need (at most 50), each with its explanation")
	MatchResult match(@Valid @RequestBody MatchCriteria criteria, Authentication authentication) {
		return this.matching.match(Caller.of(authentication), criteria);
	}

	@PostMapping("/why-not")
	@Operation(summary = "The hard constraints a person fails for a need, and for a series the visits they fail on")
	MatchResult.WhyNot whyNot(@Valid @RequestBody MatchCriteria criteria, @RequestParam UUID person,
			Authentication authentication) {
		return this.matching.whyNot(Caller.of(authentication), this.matching.need(criteria), person);
	}

}
