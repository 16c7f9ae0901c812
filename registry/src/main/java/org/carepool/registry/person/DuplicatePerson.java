package org.carepool.registry.person;

import java.util.Optional;
import java.util.UUID;

/**
 * Someone is already registered with the same phone number or resident ID number.
 */
public class DuplicatePerson extends RuntimeException {

	private final String field;

	private final UUID existing;

	private final Audience audience;

	DuplicatePerson(String field, UUID existing, Audience audience) {
		super("Duplicate " + field);
		this.field = field;
		this.existing = existing;
		this.audience = audience;
	}

	/**
	 * How much the caller may learn.
	 * @return the audience
	 */
	public Audience audience() {
		return this.audience;
	}

	/**
	 * Who is told about a duplicate, and how much.
	 */
	public enum Audience {

		/** A district coordinator: told who is registered with it. */
		COORDINATOR,
		/** A street coordinator: told that someone is, not who. */
		STREET_COORDINATOR,
		/** A person about themselves: told only that the value cannot be used. */
		SELF

	}

	/**
	 * Which value is duplicated.
	 * @return {@code phone} or {@code residentId}
	 */
	public String field() {
		return this.field;
	}

	/**
	 * The person already registered with it, for a district coordinator.
	 * @return their id
	 */
	public Optional<UUID> existing() {
		return Optional.ofNullable(this.existing);
	}

}
