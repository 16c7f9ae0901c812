package org.carepool.registry.person;

/**
 * The caller's account is linked to no person, so it has no profile of its own.
 */
public class NoLinkedPerson extends RuntimeException {

	NoLinkedPerson() {
		super("No person is linked to this account");
	}

}
