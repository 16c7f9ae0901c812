package org.carepool.registry.organisation;

/**
 * The caller changed a version of the organisation that is no longer current.
 */
public class StaleOrganisation extends RuntimeException {

	StaleOrganisation() {
		super("Stale organisation version");
	}

}
