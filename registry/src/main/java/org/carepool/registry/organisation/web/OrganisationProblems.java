package org.carepool.registry.organisation.web;

import org.carepool.registry.api.Problems;
import org.carepool.registry.organisation.OrganisationNotFound;
import org.carepool.registry.organisation.StaleOrganisation;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of the organisation endpoints.
 */
@RestControllerAdvice(assignableTypes = OrganisationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganisationProblems {

	private final MessageSource messages;

	OrganisationProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(OrganisationNotFound.class)
	ProblemDetail notFound() {
		return Problems.of(this.messages, HttpStatus.NOT_FOUND, "organisation-not-found");
	}

	@ExceptionHandler(StaleOrganisation.class)
	ProblemDetail stale() {
		return Problems.of(this.messages, HttpStatus.PRECONDITION_FAILED, "stale-version");
	}

}
