package org.carepool.registry.assignment;

/**
 * The person did not serve on this request.
 */
public class NotAssigned extends RuntimeException {

	NotAssigned() {
		super("Not assigned");
	}

}
