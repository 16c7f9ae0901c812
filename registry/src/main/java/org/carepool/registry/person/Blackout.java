package org.carepool.registry.person;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Days when a person cannot serve, both ends inclusive.
 */
@Embeddable
class Blackout {

	@Column(name = "starts_on")
	private LocalDate from;

	@Column(name = "ends_on")
	private LocalDate to;

	protected Blackout() {
	}

	Blackout(LocalDate from, LocalDate to) {
		this.from = from;
		this.to = to;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public LocalDate getTo() {
		return this.to;
	}

}
