package org.carepool.registry.api;

/**
 * A request body larger than the registry accepts.
 */
public class BodyTooLarge extends RuntimeException {

	private final long limit;

	BodyTooLarge(long limit) {
		super("Request body larger than " + limit + " bytes");
		this.limit = limit;
	}

	/**
	 * The largest body accepted, in bytes.
	 * @return the limit
	 */
	public long limit() {
		return this.limit;
	}

}
