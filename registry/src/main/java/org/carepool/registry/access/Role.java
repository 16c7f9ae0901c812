package org.carepool.registry.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles an account can hold (docs/architecture.md §1, §3.4).
 */
public enum Role {

	/** Manages accounts, taxonomy and audit queries. */
	ADMIN,
	/** A district coordinator: the whole pool. */
	COORDINATOR,
	/** A street or town coordinator: people who serve their street. */
	STREET_COORDINATOR,
	/** An expert keeping their own profile. */
	EXPERT,
	/** A volunteer keeping their own profile. */
	VOLUNTEER,
	/** A user of a partner organisation: their organisation's requests only. */
	PARTNER;

	/**
	 * The Spring Security authority of this role.
	 * @return {@code ROLE_} and the role's name
	 */
	public String authority() {
		return "ROLE_" + name();
	}

	static Optional<Role> fromClaim(String value) {
		return Arrays.stream(values()).filter((role) -> role.name().equals(value)).findFirst();
	}

}
