package org.carepool.registry.portal;

/**
 * The draft changed since the caller read it.
 */
public class StaleDraft extends RuntimeException {

	/**
	 * Creates the exception.
	 */
	public StaleDraft() {
		super("The draft changed meanwhile");
	}

}
