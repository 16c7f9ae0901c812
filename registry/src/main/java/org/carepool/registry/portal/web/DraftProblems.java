package org.carepool.registry.portal.web;

import org.carepool.registry.api.Problems;
import org.carepool.registry.portal.DraftNotFound;
import org.carepool.registry.portal.StaleDraft;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of the draft endpoints; those of submitting are the request endpoints'.
 */
@RestControllerAdvice(assignableTypes = DraftController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DraftProblems {

	private final MessageSource messages;

	DraftProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DraftNotFound.class)
	ProblemDetail notFound() {
		return Problems.of(this.messages, HttpStatus.NOT_FOUND, "draft-not-found");
	}

	@ExceptionHandler(StaleDraft.class)
	ProblemDetail stale() {
		return Problems.of(this.messages, HttpStatus.PRECONDITION_FAILED, "stale-version");
	}

}
