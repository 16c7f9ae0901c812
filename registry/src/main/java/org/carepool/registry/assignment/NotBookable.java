package org.carepool.registry.assignment;

/**
 * The person cannot be booked: they are not active.
 */
public class NotBookable extends RuntimeException {

	NotBookable() {
		super("Not active");
	}

}
