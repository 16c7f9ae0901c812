package org.carepool.registry.api;

import java.time.Duration;

/**
 * A caller used up a quota; answered with {@code 429} and {@code Retry-After}.
 */
public class TooManyRequests extends RuntimeException {

	private final Duration retryAfter;

	/**
	 * Creates the exception.
	 * @param retryAfter how long until the caller may try again
	 */
	public TooManyRequests(Duration retryAfter) {
		super("Quota used up");
		this.retryAfter = retryAfter;
	}

	/**
	 * How long until the caller may try again.
	 * @return the wait, at least a second
	 */
	public Duration retryAfter() {
		return (this.retryAfter.compareTo(Duration.ofSeconds(1)) < 0) ? Duration.ofSeconds(1) : this.retryAfter;
	}

}
