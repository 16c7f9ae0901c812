package org.carepool.registry.search.web;

import org.carepool.registry.api.Problems;
import org.carepool.registry.search.SearchUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of search and matching: when the index cannot answer, a 503 that says to
 * try again, while the rest of the registry keeps working. It applies to every
 * controller, not only search and matching: draws and any other feature that reads the
 * index through {@code Matching} or {@code PeopleSearch} answer the same way.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchProblems {

	private static final Logger log = LoggerFactory.getLogger(SearchProblems.class);

	private final MessageSource messages;

	SearchProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(SearchUnavailable.class)
	ResponseEntity<ProblemDetail> unavailable(SearchUnavailable ex) {
		log.warn("Search unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "10")
			.body(Problems.of(this.messages, HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable"));
	}

}
