package org.carepool.registry.assignment;

/**
 * The caller has already rated this person's service on this request.
 */
public class AlreadyRated extends RuntimeException {

	AlreadyRated() {
		super("Already rated");
	}

}
