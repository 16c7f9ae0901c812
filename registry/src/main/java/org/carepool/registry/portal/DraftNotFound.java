package org.carepool.registry.portal;

/**
 * No draft with this id for the caller's organisation.
 */
public class DraftNotFound extends RuntimeException {

	/**
	 * Creates the exception.
	 */
	public DraftNotFound() {
		super("No such draft");
	}

}
