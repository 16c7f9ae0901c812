package org.carepool.indexer.lifecycle.web;

import org.carepool.indexer.lifecycle.IndexLifecycle;
import org.carepool.indexer.lifecycle.RebuildAlreadyRunning;
import org.carepool.indexer.lifecycle.RebuildStatus;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Starts a rebuild of the people index and reports how it goes.
 */
@RestController
@RequestMapping("/admin/rebuild")
class RebuildController {

	private final IndexLifecycle lifecycle;

	RebuildController(IndexLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@PostMapping
	ResponseEntity<RebuildStatus> rebuild() {
		return ResponseEntity.accepted().body(this.lifecycle.startRebuild("asked for by an administrator"));
	}

	@GetMapping
	RebuildStatus status() {
		return this.lifecycle.status();
	}

	@ExceptionHandler(RebuildAlreadyRunning.class)
	ProblemDetail alreadyRunning(RebuildAlreadyRunning ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"A rebuild is running; follow it with GET /admin/rebuild.");
		problem.setTitle("Rebuild already running");
		problem.setType(java.net.URI.create("urn:carepool:problem:rebuild-running"));
		return problem;
	}

}
