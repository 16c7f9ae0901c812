package org.carepool.registry.person;

/**
 * A person's gender, as they give it.
 */
public enum Gender {

	/** Female. */
	FEMALE,
	/** Male. */
	MALE,
	/** Neither or not said. */
	OTHER

}
