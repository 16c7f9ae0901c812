package org.carepool.registry.assignment;

/**
 * Where an invitation stands.
 */
public enum InvitationStatus {

	/** Sent, not yet answered; it holds the person's time. */
	INVITED,
	/** The person will serve. */
	ACCEPTED,
	/** The person will not serve; final. */
	DECLINED,
	/** The coordinator took it back; final. */
	WITHDRAWN;

	boolean holdsTime() {
		return this == INVITED || this == ACCEPTED;
	}

}
