package org.carepool.registry.request;

/**
 * An {@code Idempotency-Key} the caller already used for a different request.
 */
public class IdempotencyKeyReused extends RuntimeException {

	private final String key;

	IdempotencyKeyReused(String key) {
		super("Idempotency key reused for a different request");
		this.key = key;
	}

	/**
	 * The key.
	 * @return the key as the caller sent it
	 */
	public String key() {
		return this.key;
	}

}
