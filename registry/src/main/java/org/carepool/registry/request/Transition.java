package org.carepool.registry.request;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One change of a request's status: from what, to what, by whom, when and why.
 */
@Embeddable
class Transition {

	private int seq;

	@Enumerated(EnumType.STRING)
	private RequestStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private RequestStatus toStatus;

	private String actor;

	private Instant at;

	private String reason;

	protected Transition() {
	}

	Transition(int seq, RequestStatus fromStatus, RequestStatus toStatus, String actor, Instant at, String reason) {
		this.seq = seq;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.actor = actor;
		this.at = at;
		this.reason = reason;
	}

	int getSeq() {
		return this.seq;
	}

	RequestStatus getFromStatus() {
		return this.fromStatus;
	}

	RequestStatus getToStatus() {
		return this.toStatus;
	}

	String getActor() {
		return this.actor;
	}

	Instant getAt() {
		return this.at;
	}

	String getReason() {
		return this.reason;
	}

}
