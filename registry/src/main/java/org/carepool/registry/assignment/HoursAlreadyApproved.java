package org.carepool.registry.assignment;

/**
 * The hours of this assignment are already approved.
 */
public class HoursAlreadyApproved extends RuntimeException {

	HoursAlreadyApproved() {
		super("Hours already approved");
	}

}
