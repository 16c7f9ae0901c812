package org.carepool.registry.assignment;

/**
 * The person is already invited to this request.
 */
public class AlreadyInvited extends RuntimeException {

	AlreadyInvited() {
		super("Already invited");
	}

}
