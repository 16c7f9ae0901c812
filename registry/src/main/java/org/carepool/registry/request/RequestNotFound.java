package org.carepool.registry.request;

import java.util.UUID;

/**
 * No request with this id exists, or the caller may not see it.
 */
public class RequestNotFound extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param id the request's id
	 */
	public RequestNotFound(UUID id) {
		super("No request " + id);
	}

}
