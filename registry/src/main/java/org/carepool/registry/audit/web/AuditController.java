package org.carepool.registry.audit.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carepool.registry.audit.AuditPage;
import org.carepool.registry.audit.AuditQuery;
import org.carepool.registry.audit.AuditTrail;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for administrators: who read or changed which record, each reveal and
 * each refusal, newest first.
 */
@RestController
@RequestMapping("/api/audit")
@Validated
@Tag(name = "audit", description = "The audit trail, for administrators")
@SecurityRequirement(name = "bearer")
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Query the audit trail, newest first (keyset pagination); the query is itself audited")
	AuditPage query(@RequestParam(required = false) @Size(max = 100) String actor,
			@RequestParam(required = false) @Size(max = 100) String subject,
			@RequestParam(required = false) @Size(max = 200) String action,
			@RequestParam(required = false) @Pattern(regexp = "SUCCEEDED|DENIED|FAILED") String outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@Parameter(description = "the `next` cursor of the previous page") @RequestParam(
					required = false) @Min(1) Long before,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit, Authentication authentication) {
		String roles = String.join(" ",
				authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
		return this.audit.query(authentication.getName(), roles,
				new AuditQuery(actor, subject, action, outcome, from, to, before, limit));
	}

}
