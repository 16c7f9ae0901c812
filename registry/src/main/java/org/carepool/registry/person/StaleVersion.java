package org.carepool.registry.person;

/**
 * The caller changed a version of the record that is no longer current.
 */
public class StaleVersion extends RuntimeException {

	StaleVersion() {
		super("Stale version");
	}

}
