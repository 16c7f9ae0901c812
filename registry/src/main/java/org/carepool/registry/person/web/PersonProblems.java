package org.carepool.registry.person.web;

import java.net.URI;

import org.carepool.registry.api.Problems;
import org.carepool.registry.person.AccountAlreadyLinked;
import org.carepool.registry.person.CertificationNotFound;
import org.carepool.registry.person.DuplicatePerson;
import org.carepool.registry.person.IllegalTransition;
import org.carepool.registry.person.NoLinkedPerson;
import org.carepool.registry.person.PersonEndpoint;
import org.carepool.registry.person.PersonNotFound;
import org.carepool.registry.person.StaleVersion;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of the people endpoints, and of every endpoint that acts on a person
 * ({@link PersonEndpoint}).
 */
@RestControllerAdvice(assignableTypes = PersonEndpoint.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PersonProblems {

	private final MessageSource messages;

	PersonProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(PersonNotFound.class)
	ProblemDetail notFound() {
		return Problems.of(this.messages, HttpStatus.NOT_FOUND, "person-not-found");
	}

	@ExceptionHandler(CertificationNotFound.class)
	ProblemDetail certificationNotFound() {
		return Problems.of(this.messages, HttpStatus.NOT_FOUND, "certification-not-found");
	}

	@ExceptionHandler(NoLinkedPerson.class)
	ProblemDetail noLinkedPerson() {
		return Problems.of(this.messages, HttpStatus.NOT_FOUND, "no-linked-person");
	}

	@ExceptionHandler(StaleVersion.class)
	ProblemDetail stale() {
		return Problems.of(this.messages, HttpStatus.PRECONDITION_FAILED, "stale-version");
	}

	@ExceptionHandler(IllegalTransition.class)
	ProblemDetail illegalTransition(IllegalTransition ex) {
		ProblemDetail problem = Problems.of(this.messages, HttpStatus.CONFLICT, "illegal-transition",
				ex.current().name(), ex.action());
		problem.setProperty("currentStatus", ex.current().name());
		return problem;
	}

	@ExceptionHandler(AccountAlreadyLinked.class)
	ProblemDetail accountAlreadyLinked() {
		return Problems.of(this.messages, HttpStatus.CONFLICT, "account-already-linked");
	}

	@ExceptionHandler(DuplicatePerson.class)
	ProblemDetail duplicate(DuplicatePerson ex) {
		String field = this.messages.getMessage("field.label." + ex.field(), null, ex.field(),
				LocaleContextHolder.getLocale());
		String type = switch (ex.audience()) {
			case COORDINATOR -> "duplicate-person";
			case STREET_COORDINATOR -> "duplicate-person-hidden";
			case SELF -> "contact-unavailable";
		};
		ProblemDetail problem = Problems.of(this.messages, HttpStatus.CONFLICT, type, field);
		problem.setProperty("field", ex.field());
		ex.existing().ifPresent((existing) -> problem.setProperty("existing", URI.create("/api/people/" + existing)));
		return problem;
	}

}
