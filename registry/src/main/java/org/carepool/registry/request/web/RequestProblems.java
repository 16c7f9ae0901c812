package org.carepool.registry.request.web;

import org.carepool.registry.api.Problems;
import org.carepool.registry.request.IdempotencyKeyReused;
import org.carepool.registry.request.IllegalRequestTransition;
import org.carepool.registry.request.RequestEndpoint;
import org.carepool.registry.request.RequestNotFound;
import org.carepool.registry.request.StaleRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of the request endpoints, and of every endpoint that acts on a request
 * ({@link RequestEndpoint}).
 */
@RestControllerAdvice(assignableTypes = RequestEndpoint.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestProblems {

	private final MessageSource messages;

	RequestProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RequestNotFound.class)
	ProblemDetail notFound() {
		return Problems.of(this.messages, HttpStatus.NOT_FOUND, "request-not-found");
	}

	@ExceptionHandler(IdempotencyKeyReused.class)
	ProblemDetail keyReused(IdempotencyKeyReused ex) {
		ProblemDetail problem = Problems.of(this.messages, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
				ex.key());
		problem.setProperty("key", ex.key());
		return problem;
	}

	@ExceptionHandler(StaleRequest.class)
	ProblemDetail stale() {
		return Problems.of(this.messages, HttpStatus.PRECONDITION_FAILED, "stale-version");
	}

	@ExceptionHandler(IllegalRequestTransition.class)
	ProblemDetail illegalTransition(IllegalRequestTransition ex) {
		ProblemDetail problem = Problems.of(this.messages, HttpStatus.CONFLICT, "illegal-request-transition",
				ex.current().name(), ex.action());
		problem.setProperty("currentStatus", ex.current().name());
		return problem;
	}

}
