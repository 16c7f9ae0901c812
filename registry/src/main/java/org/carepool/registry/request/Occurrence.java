package org.carepool.registry.request;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/**
 * One visit of a request, as instants.
 */
@Embeddable
class Occurrence {

	private Instant startsAt;

	private Instant endsAt;

	protected Occurrence() {
	}

	Occurrence(Instant startsAt, Instant endsAt) {
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	Instant getStartsAt() {
		return this.startsAt;
	}

	Instant getEndsAt() {
		return this.endsAt;
	}

}
