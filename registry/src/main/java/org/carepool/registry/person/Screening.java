package org.carepool.registry.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carepool.registry.api.InvalidInput.Violation;

/**
 * What the registration rules say about a person before anything is written: the
 * violations by field, the keyed hashes of their numbers (to find duplicates among other
 * entries without holding the numbers), and whom they duplicate in the registry.
 *
 * @param violations the broken rules, by field; empty when the person may be registered
 * @param phoneKey the keyed hash of the phone number, if any
 * @param residentIdKey the keyed hash of the resident ID number, if any
 * @param duplicate the registered person with the same number, if any
 */
public record Screening(List<Violation> violations, String phoneKey, String residentIdKey,
		Optional<Duplicate> duplicate) {

	/**
	 * Whether the person may be registered as they are.
	 * @return {@code true} without violations and duplicates
	 */
	public boolean registrable() {
		return this.violations.isEmpty() && this.duplicate.isEmpty();
	}

	/**
	 * A registered person with the same number.
	 *
	 * @param field {@code phone} or {@code residentId}
	 * @param existing the person's id, when the caller may manage them (and so merge into
	 * them)
	 * @param name the person's name, when the caller may manage them
	 */
	public record Duplicate(String field, Optional<UUID> existing, Optional<String> name) {
	}

}
