package org.carepool.registry.changefeed.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.carepool.registry.changefeed.ChangeLog;
import org.carepool.registry.changefeed.ChangePage;
import org.carepool.registry.changefeed.SearchDocumentFeed;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The change feed and the current search documents, for the indexer.
 */
@RestController
@RequestMapping("/internal")
@PreAuthorize("hasAuthority('SCOPE_registry.feed')")
@Tag(name = "change feed", description = "For the indexer (scope registry.feed)")
@SecurityRequirement(name = "bearer")
class ChangeFeedController {

	private final ChangeLog changes;

	private final SearchDocumentFeed documents;

	ChangeFeedController(ChangeLog changes, SearchDocumentFeed documents) {
		this.changes = changes;
		this.documents = documents;
	}

	@GetMapping("/changes")
	@Operation(summary = "Changes after a position, long-polling up to waitSeconds for the first")
	ChangePage changes(@RequestParam(defaultValue = "0") @Min(0) long after,
			@RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit,
			@RequestParam(defaultValue = "0") @Min(0) @Max(30) int waitSeconds) {
		return this.changes.after(after, limit, Duration.ofSeconds(waitSeconds));
	}

	@PostMapping("/search-documents")
	@Operation(summary = "The current search documents of these people; gone lists those not to be searchable")
	SearchDocumentFeed.Documents documents(@Valid @RequestBody DocumentsRequest request) {
		return this.documents.byIds(request.ids());
	}

	@GetMapping("/search-documents")
	@Operation(summary = "A page of the snapshot of every searchable person, in id order; "
			+ "after and until (inclusive) bound a range of ids, so that disjoint ranges can be read at once")
	SearchDocumentFeed.Snapshot snapshot(@RequestParam(required = false) UUID after,
			@RequestParam(required = false) UUID until,
			@RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
		return this.documents.snapshot(after, until, limit);
	}

	/**
	 * The people whose documents the indexer needs.
	 *
	 * @param ids their ids
	 */
	record DocumentsRequest(@NotNull @Size(max = 5000) List<@NotNull UUID> ids) {
	}

}
