package org.carepool.registry.request;

/**
 * The caller changed a version of the request that is no longer current.
 */
public class StaleRequest extends RuntimeException {

	StaleRequest() {
		super("Stale request version");
	}

}
