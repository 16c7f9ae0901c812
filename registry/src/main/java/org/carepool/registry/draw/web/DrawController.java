package org.carepool.registry.draw.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.carepool.registry.access.Caller;
import org.carepool.registry.assignment.AssignmentEndpoint;
import org.carepool.registry.draw.DrawRequest;
import org.carepool.registry.draw.DrawResponse;
import org.carepool.registry.draw.Draws;
import org.carepool.registry.draw.RedrawRequest;
import org.carepool.registry.draw.ReplayResponse;
import org.carepool.registry.request.RequestEndpoint;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Expert draws of a request: draw, read, redraw on a decline, and replay for audit.
 */
@RestController
@RequestMapping("/api/requests/{id}/draws")
@Validated
@Tag(name = "draws", description = "Random, replayable expert draws (随机抽取) for a request")
@SecurityRequirement(name = "bearer")
class DrawController implements AssignmentEndpoint, RequestEndpoint {

	private static final String COORDINATORS = "hasAnyRole('COORDINATOR', 'STREET_COORDINATOR')";

	private final Draws draws;

	DrawController(Draws draws) {
		this.draws = draws;
	}

	@PostMapping
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Draw experts at random with quotas per specialty, and invite them")
	ResponseEntity<DrawResponse> draw(@PathVariable UUID id, @Valid @RequestBody DrawRequest request,
			Authentication authentication) {
		DrawResponse draw = this.draws.draw(Caller.of(authentication), id, request);
		return ResponseEntity.created(URI.create("/api/requests/" + id + "/draws/" + draw.id())).body(draw);
	}

	@GetMapping
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "The draws of a request, the latest first")
	List<DrawResponse> list(@PathVariable UUID id, Authentication authentication) {
		return this.draws.list(Caller.of(authentication), id);
	}

	@GetMapping("/{drawId}")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "The record of a draw: seed, quotas, pools and picks")
	DrawResponse find(@PathVariable UUID id, @PathVariable UUID drawId, Authentication authentication) {
		return this.draws.find(Caller.of(authentication), id, drawId);
	}

	@PostMapping("/{drawId}/redraw")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Replace a drawn person who declined, from the recorded pool")
	DrawResponse redraw(@PathVariable UUID id, @PathVariable UUID drawId, @Valid @RequestBody RedrawRequest request,
			Authentication authentication) {
		return this.draws.redraw(Caller.of(authentication), id, drawId, request.person());
	}

	@PostMapping("/{drawId}/replay")
	@PreAuthorize(COORDINATORS)
	@Operation(summary = "Replay the draw from its recorded seed and pools and compare the picks")
	ReplayResponse replay(@PathVariable UUID id, @PathVariable UUID drawId, Authentication authentication) {
		return this.draws.replay(Caller.of(authentication), id, drawId);
	}

}
