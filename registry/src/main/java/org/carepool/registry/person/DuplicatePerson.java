package org.carepool.registry.person;

import java.util.Optional;
import java.util.UUID;

/**
 * Someone is already registered with the same phone number or resident ID number.
 */
public class DuplicatePerson extends RuntimeException {

	private final String field;

	private final UUID existing;

	DuplicatePerson(String field, UUID existing) {
		super("Duplicate " + field);
		this.field = field;
		this.existing = existing;
	}

	/**
	 * Which value is duplicated.
	 * @return {@code phone} or {@code residentId}
	 */
	public String field() {
		return this.field;
	}

	/**
	 * The person already registered with it, when the caller may see them.
	 * @return their id
	 */
	public Optional<UUID> existing() {
		return Optional.ofNullable(this.existing);
	}

}
