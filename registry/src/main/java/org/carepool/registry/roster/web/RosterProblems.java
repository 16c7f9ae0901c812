package org.carepool.registry.roster.web;

import org.carepool.registry.api.Problems;
import org.carepool.registry.roster.RosterImportNotFound;
import org.carepool.registry.roster.RosterRefused;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of the roster import endpoints.
 */
@RestControllerAdvice(assignableTypes = RosterImportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RosterProblems {

	private final MessageSource messages;

	RosterProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RosterImportNotFound.class)
	ProblemDetail notFound() {
		return Problems.of(this.messages, HttpStatus.NOT_FOUND, "roster-import-not-found");
	}

	@ExceptionHandler(RosterRefused.class)
	ProblemDetail refused(RosterRefused ex) {
		HttpStatus status = switch (ex.code()) {
			case "too-large" -> HttpStatus.PAYLOAD_TOO_LARGE;
			case "type", "xls" -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case "running", "completed", "started" -> HttpStatus.CONFLICT;
			default -> HttpStatus.UNPROCESSABLE_ENTITY;
		};
		ProblemDetail problem = Problems.of(this.messages, status, "roster-" + ex.code(), ex.arguments());
		problem.setProperty("reason", ex.code());
		return problem;
	}

}
