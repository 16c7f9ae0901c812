package org.carepool.registry.draw.web;

import org.carepool.registry.api.Problems;
import org.carepool.registry.draw.DrawNotFound;
import org.carepool.registry.draw.NotDeclined;
import org.carepool.registry.draw.PoolTooSmall;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of the draw endpoints; booking and request problems answer from the
 * assignment and request features' own advice.
 */
@RestControllerAdvice(assignableTypes = DrawController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DrawProblems {

	private final MessageSource messages;

	DrawProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DrawNotFound.class)
	ProblemDetail drawNotFound() {
		return Problems.of(this.messages, HttpStatus.NOT_FOUND, "draw-not-found");
	}

	@ExceptionHandler(PoolTooSmall.class)
	ProblemDetail poolTooSmall(PoolTooSmall ex) {
		ProblemDetail problem = Problems.of(this.messages, HttpStatus.CONFLICT, "draw-pool-too-small", ex.specialty(),
				ex.quota(), ex.available());
		problem.setProperty("specialty", ex.specialty());
		problem.setProperty("quota", ex.quota());
		problem.setProperty("available", ex.available());
		return problem;
	}

	@ExceptionHandler(NotDeclined.class)
	ProblemDetail notDeclined() {
		return Problems.of(this.messages, HttpStatus.CONFLICT, "draw-pick-not-declined");
	}

}
