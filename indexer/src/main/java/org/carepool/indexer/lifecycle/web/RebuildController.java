package org.carepool.indexer.lifecycle.web;

import org.carepool.indexer.lifecycle.IndexLifecycle;
import org.carepool.indexer.lifecycle.NotTheLeader;
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

	@ExceptionHandler(NotTheLeader.class)
	ProblemDetail notTheLeader(NotTheLeader ex) {
		return conflict("not-the-leader", "Not the leader",
				"Another indexer holds the leader lease and rebuilds; ask it (see feed.leaderHolder in /actuator/health).");
	}

	@ExceptionHandler(RebuildAlreadyRunning.class)
	ProblemDetail alreadyRunning(RebuildAlreadyRunning ex) {
		return conflict("rebuild-running", "Rebuild already running",
				"A rebuild is running; follow it with GET /admin/rebuild.");
	}

	private static ProblemDetail conflict(String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle(title);
		problem.setType(java.net.URI.create("urn:carepool:problem:" + type));
		return problem;
	}

}
