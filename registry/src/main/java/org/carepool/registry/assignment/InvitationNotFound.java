package org.carepool.registry.assignment;

/**
 * No such invitation, or the caller may not see it.
 */
public class InvitationNotFound extends RuntimeException {

	InvitationNotFound() {
		super("No such invitation");
	}

}
