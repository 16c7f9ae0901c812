package org.carepool.registry.assignment.web;

import org.carepool.registry.api.Problems;
import org.carepool.registry.assignment.AlreadyInvited;
import org.carepool.registry.assignment.AlreadyRated;
import org.carepool.registry.assignment.AssignmentEndpoint;
import org.carepool.registry.assignment.DoubleBooked;
import org.carepool.registry.assignment.HoursAlreadyApproved;
import org.carepool.registry.assignment.IllegalInvitationTransition;
import org.carepool.registry.assignment.InvitationNotFound;
import org.carepool.registry.assignment.NotAssigned;
import org.carepool.registry.assignment.NotBookable;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of the staffing endpoints, and of every endpoint that invites or books
 * people ({@link AssignmentEndpoint}).
 */
@RestControllerAdvice(assignableTypes = AssignmentEndpoint.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AssignmentProblems {

	private final MessageSource messages;

	AssignmentProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvitationNotFound.class)
	ProblemDetail invitationNotFound() {
		return Problems.of(this.messages, HttpStatus.NOT_FOUND, "invitation-not-found");
	}

	@ExceptionHandler(DoubleBooked.class)
	ProblemDetail doubleBooked() {
		return Problems.of(this.messages, HttpStatus.CONFLICT, "double-booked");
	}

	@ExceptionHandler(AlreadyInvited.class)
	ProblemDetail alreadyInvited() {
		return Problems.of(this.messages, HttpStatus.CONFLICT, "already-invited");
	}

	@ExceptionHandler(NotBookable.class)
	ProblemDetail notBookable() {
		return Problems.of(this.messages, HttpStatus.CONFLICT, "person-not-active");
	}

	@ExceptionHandler(NotAssigned.class)
	ProblemDetail notAssigned() {
		return Problems.of(this.messages, HttpStatus.CONFLICT, "not-assigned");
	}

	@ExceptionHandler(HoursAlreadyApproved.class)
	ProblemDetail hoursAlreadyApproved() {
		return Problems.of(this.messages, HttpStatus.CONFLICT, "hours-already-recorded");
	}

	@ExceptionHandler(AlreadyRated.class)
	ProblemDetail alreadyRated() {
		return Problems.of(this.messages, HttpStatus.CONFLICT, "already-rated");
	}

	@ExceptionHandler(IllegalInvitationTransition.class)
	ProblemDetail illegalTransition(IllegalInvitationTransition ex) {
		ProblemDetail problem = Problems.of(this.messages, HttpStatus.CONFLICT, "illegal-invitation-transition",
				ex.current().name(), ex.action());
		problem.setProperty("currentStatus", ex.current().name());
		return problem;
	}

}
