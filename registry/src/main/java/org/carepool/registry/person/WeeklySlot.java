package org.carepool.registry.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A weekly time range when a person is available, in minutes from Monday 00:00
 * Asia/Shanghai, end exclusive.
 */
@Embeddable
class WeeklySlot {

	@Column(name = "start_minute")
	private int start;

	@Column(name = "end_minute")
	private int end;

	protected WeeklySlot() {
	}

	WeeklySlot(int start, int end) {
		this.start = start;
		this.end = end;
	}

	public int getStart() {
		return this.start;
	}

	public int getEnd() {
		return this.end;
	}

}
