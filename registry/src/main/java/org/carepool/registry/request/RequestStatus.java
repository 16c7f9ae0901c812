package org.carepool.registry.request;

import java.util.Set;

/**
 * Where a help request stands; it changes only through explicit transitions.
 */
public enum RequestStatus {

	/** Sent by a partner or a coordinator, not yet reviewed. */
	SUBMITTED,
	/** The association takes it on. */
	ACCEPTED,
	/** The association does not take it on; final. */
	REJECTED,
	/** Coordinators are inviting people. */
	STAFFING,
	/** Enough people have accepted. */
	STAFFED,
	/** The work has begun. */
	IN_PROGRESS,
	/** The work is done; hours and ratings can be logged. */
	COMPLETED,
	/** Withdrawn before it was done; final. */
	CANCELLED;

	boolean canBecome(RequestStatus next) {
		return switch (next) {
			case ACCEPTED, REJECTED -> this == SUBMITTED;
			case STAFFING -> Set.of(ACCEPTED, STAFFED).contains(this);
			case STAFFED -> this == STAFFING;
			case IN_PROGRESS -> this == STAFFED;
			case COMPLETED -> this == IN_PROGRESS;
			case CANCELLED -> Set.of(SUBMITTED, ACCEPTED, STAFFING, STAFFED).contains(this);
			case SUBMITTED -> false;
		};
	}

	/**
	 * Whether what the request says may still change: until it is staffed.
	 * @return {@code true} while submitted, accepted or staffing
	 */
	public boolean isRevisable() {
		return this == SUBMITTED || this == ACCEPTED || this == STAFFING;
	}

	/**
	 * Whether people can still be invited or answer invitations.
	 * @return {@code true} while staffing or staffed
	 */
	public boolean isOpenForStaffing() {
		return this == STAFFING || this == STAFFED;
	}

}
