package org.carepool.registry.person;

import java.util.Set;

/**
 * Where a person stands with the association; changes only through explicit transitions.
 */
public enum PersonStatus {

	/** Registered, not yet vetted. */
	APPLICANT,
	/** Vetted and available to be matched. */
	ACTIVE,
	/** Temporarily not matched. */
	SUSPENDED,
	/** No longer serving; kept for the record. */
	RETIRED,
	/** Personal data erased on request; final. */
	ERASED;

	boolean canBecome(PersonStatus next) {
		return switch (next) {
			case ACTIVE -> Set.of(APPLICANT, SUSPENDED).contains(this);
			case SUSPENDED -> this == ACTIVE;
			case RETIRED -> Set.of(ACTIVE, SUSPENDED).contains(this);
			case ERASED -> this != ERASED;
			case APPLICANT -> false;
		};
	}

}
