package org.carepool.registry.draw;

/**
 * Fewer eligible people for a specialty than its quota asks for.
 */
public class PoolTooSmall extends RuntimeException {

	private final String specialty;

	private final int quota;

	private final int available;

	PoolTooSmall(String specialty, int quota, int available) {
		super("Pool of " + specialty + " too small: " + available + " < " + quota);
		this.specialty = specialty;
		this.quota = quota;
		this.available = available;
	}

	/**
	 * The specialty.
	 * @return its skill code
	 */
	public String specialty() {
		return this.specialty;
	}

	/**
	 * How many were asked for.
	 * @return the quota
	 */
	public int quota() {
		return this.quota;
	}

	/**
	 * How many could be drawn.
	 * @return the eligible people not yet drawn
	 */
	public int available() {
		return this.available;
	}

}
