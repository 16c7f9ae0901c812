package org.carepool.indexer.registry;

/**
 * The registry, or the issuer of the indexer's token, could not answer; trying again
 * later may succeed.
 */
public class RegistryUnavailable extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param message what failed, without any personal data
	 * @param cause the underlying failure
	 */
	public RegistryUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
