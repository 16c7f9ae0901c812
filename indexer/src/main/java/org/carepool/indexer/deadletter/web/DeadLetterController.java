package org.carepool.indexer.deadletter.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.carepool.indexer.deadletter.DeadLetter;
import org.carepool.indexer.deadletter.DeadLetters;
import org.carepool.indexer.index.WriteResult;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists the dead letters and tries them again with the people's current documents.
 */
@RestController
@RequestMapping("/admin/dead-letters")
@Validated
class DeadLetterController {

	private final DeadLetters deadLetters;

	DeadLetterController(DeadLetters deadLetters) {
		this.deadLetters = deadLetters;
	}

	@GetMapping
	DeadLetterPage list(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
		return new DeadLetterPage(this.deadLetters.count(), this.deadLetters.list(limit));
	}

	@PostMapping("/retry")
	WriteResult retryAll() {
		return this.deadLetters.retry(List.of());
	}

	@PostMapping("/{id}/retry")
	WriteResult retry(@PathVariable java.util.UUID id) {
		return this.deadLetters.retry(List.of(id.toString()));
	}

	/**
	 * The dead letters.
	 *
	 * @param total how many there are
	 * @param deadLetters the most recently refused ones
	 */
	record DeadLetterPage(long total, List<DeadLetter> deadLetters) {
	}

}
