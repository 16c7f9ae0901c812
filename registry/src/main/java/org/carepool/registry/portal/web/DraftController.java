package org.carepool.registry.portal.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carepool.registry.access.Caller;
import org.carepool.registry.api.IfMatch;
import org.carepool.registry.portal.DraftResponse;
import org.carepool.registry.portal.Drafts;
import org.carepool.registry.request.HelpRequestResponse;
import org.carepool.registry.request.RequestEndpoint;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner organisation's request drafts: save, read, change, delete, submit.
 */
@RestController
@RequestMapping("/api/request-drafts")
@Tag(name = "request drafts", description = "Requests a partner organisation is still writing")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasRole('PARTNER')")
class DraftController implements RequestEndpoint {

	private final Drafts drafts;

	DraftController(Drafts drafts) {
		this.drafts = drafts;
	}

	@GetMapping
	@Operation(summary = "My organisation's drafts, last saved first")
	List<DraftResponse> list(Authentication authentication) {
		return this.drafts.list(Caller.of(authentication));
	}

	@PostMapping
	@Operation(summary = "Save a new draft: the request as written so far, in the shape of a submission")
	ResponseEntity<DraftResponse> create(@RequestBody ObjectNode body, Authentication authentication) {
		DraftResponse draft = this.drafts.create(Caller.of(authentication), body);
		return ResponseEntity.created(URI.create("/api/request-drafts/" + draft.id()))
			.eTag(Long.toString(draft.version()))
			.body(draft);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A draft of my organisation")
	ResponseEntity<DraftResponse> find(@PathVariable UUID id, Authentication authentication) {
		DraftResponse draft = this.drafts.find(Caller.of(authentication), id);
		return ResponseEntity.ok().eTag(Long.toString(draft.version())).body(draft);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Save a draft again; If-Match is checked when sent")
	ResponseEntity<DraftResponse> update(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ObjectNode body,
			Authentication authentication) {
		DraftResponse draft = this.drafts.update(Caller.of(authentication), id, IfMatch.optional(ifMatch), body);
		return ResponseEntity.ok().eTag(Long.toString(draft.version())).body(draft);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a draft")
	ResponseEntity<Void> delete(@PathVariable UUID id, Authentication authentication) {
		this.drafts.delete(Caller.of(authentication), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit a draft as a request; the draft is deleted")
	ResponseEntity<HelpRequestResponse> submit(@PathVariable UUID id, Authentication authentication) {
		HelpRequestResponse request = this.drafts.submit(Caller.of(authentication), id).request();
		return ResponseEntity.created(URI.create("/api/requests/" + request.id()))
			.eTag(Long.toString(request.version()))
			.body(request);
	}

}
