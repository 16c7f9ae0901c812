package org.carepool.registry.request.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.carepool.registry.access.Caller;
import org.carepool.registry.api.ApiProperties;
import org.carepool.registry.api.IfMatch;
import org.carepool.registry.request.HelpRequestResponse;
import org.carepool.registry.request.ReasonRequest;
import org.carepool.registry.request.RequestEndpoint;
import org.carepool.registry.request.RequestManagement;
import org.carepool.registry.request.RequestPage;
import org.carepool.registry.request.RequestStatus;
import org.carepool.registry.request.SubmitHelpRequest;
import org.carepool.registry.request.Submitted;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
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
 * Help requests: partners and partner systems submit and follow their organisation's,
 * coordinators submit on a family's behalf, review and move them through their statuses.
 */
@RestController
@RequestMapping("/api/requests")
@Validated
@Tag(name = "requests", description = "Help requests from partners and coordinators")
@SecurityRequirement(name = "bearer")
class RequestController implements RequestEndpoint {

	static final String COORDINATORS = "hasAnyRole('COORDINATOR', 'STREET_COORDINATOR')";

	static final String SUBMITTERS = "hasAnyRole('COORDINATOR', 'STREET_COORDINATOR', 'PARTNER') or hasAuthority('SCOPE_requests.write')";

	static final String READERS = "hasAnyRole('COORDINATOR', 'STREET_COORDINATOR', 'PARTNER') or hasAnyAuthority('SCOPE_requests.read', 'SCOPE_requests.write')";

	private final RequestManagement requests;

	private final ApiProperties api;

	RequestController(RequestManagement requests, ApiProperties api) {
		this.requests = requests;
		this.api = api;
	}

	@PostMapping
	@PreAuthorize(SUBMITTERS)
	@Operation(
			summary = "Submit a request; partner systems send an Idempotency-Key so a retry never creates a second one")
	ResponseEntity<HelpRequestResponse> submit(
			@RequestHeader(name = "Idempotency-Key", required = false) @Parameter(
					description = "8 to 100 letters, digits and ._:- chosen by the caller; remembered per caller for "
							+ "the retention period (7 days by default)") @Pattern(
									regexp = RequestManagement.IDEMPOTENCY_KEY) String idempotencyKey,
			@Valid @RequestBody SubmitHelpRequest request, Authentication authentication) {
		Submitted submitted = this.requests.submit(Caller.of(authentication), request, idempotencyKey);
		HelpRequestResponse body = submitted.request();
		ResponseEntity.BodyBuilder response = submitted.created() ? ResponseEntity.created(location(body))
				: ResponseEntity.ok().location(location(body));
		return response.eTag(Long.toString(body.version())).body(body);
	}

	@GetMapping
	@PreAuthorize(READERS)
	@Operation(summary = "List the requests you may see, a page at a time (keyset pagination)")
	RequestPage list(@RequestParam(required = false) RequestStatus status,
			@Parameter(description = "the `next` cursor of the previous page") @RequestParam(
					required = false) UUID after,
			@RequestParam(required = false) @Min(1) @Max(1000) Integer limit, Authentication authentication) {
		int size = Math.min((limit != null) ? limit : this.api.defaultPageSize(), this.api.maxPageSize());
		return this.requests.list(Caller.of(authentication), status, after, size);
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "Read a request with its status history")
	ResponseEntity<HelpRequestResponse> find(@PathVariable UUID id, Authentication authentication) {
		return withETag(this.requests.find(Caller.of(authentication), id));
	}

	@PutMapping("/{id}")
	@PreAuthorize(SUBMITTERS)
	@Operation(summary = "Change what a request says while it is not yet staffed; needs If-Match")
	ResponseEntity<HelpRequestResponse> update(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody SubmitHelpRequest request, Authentication authentication) {
		return withETag(this.requests.update(Caller.of(authentication), id, IfMatch.required(ifMatch), request));
	}

	@PostMapping("/{id}/accept")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Accept a submitted request")
	ResponseEntity<HelpRequestResponse> accept(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication authentication) {
		return move(id, ifMatch, RequestStatus.ACCEPTED, null, authentication);
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Reject a submitted request, with a reason")
	ResponseEntity<HelpRequestResponse> reject(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ReasonRequest request, Authentication authentication) {
		return move(id, ifMatch, RequestStatus.REJECTED, request.reason(), authentication);
	}

	@PostMapping("/{id}/staffing")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Start inviting people for an accepted request (or reopen a staffed one)")
	ResponseEntity<HelpRequestResponse> staffing(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication authentication) {
		return move(id, ifMatch, RequestStatus.STAFFING, null, authentication);
	}

	@PostMapping("/{id}/staffed")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Mark a request as staffed")
	ResponseEntity<HelpRequestResponse> staffed(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication authentication) {
		return move(id, ifMatch, RequestStatus.STAFFED, null, authentication);
	}

	@PostMapping("/{id}/start")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Mark a staffed request as in progress")
	ResponseEntity<HelpRequestResponse> start(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication authentication) {
		return move(id, ifMatch, RequestStatus.IN_PROGRESS, null, authentication);
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Mark a request in progress as completed; hours and ratings can then be logged")
	ResponseEntity<HelpRequestResponse> complete(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication authentication) {
		return move(id, ifMatch, RequestStatus.COMPLETED, null, authentication);
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize(SUBMITTERS)
	@Operation(summary = "Cancel a request before the work begins, with a reason")
	ResponseEntity<HelpRequestResponse> cancel(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ReasonRequest request, Authentication authentication) {
		return move(id, ifMatch, RequestStatus.CANCELLED, request.reason(), authentication);
	}

	private ResponseEntity<HelpRequestResponse> move(UUID id, String ifMatch, RequestStatus next, String reason,
			Authentication authentication) {
		return withETag(
				this.requests.transition(Caller.of(authentication), id, IfMatch.optional(ifMatch), next, reason));
	}

	private static ResponseEntity<HelpRequestResponse> withETag(HelpRequestResponse request) {
		return ResponseEntity.ok().eTag(Long.toString(request.version())).body(request);
	}

	private static URI location(HelpRequestResponse request) {
		return URI.create("/api/requests/" + request.id());
	}

}
