package org.carepool.registry.person;

/**
 * The account is already linked to another person; an account belongs to at most one.
 */
public class AccountAlreadyLinked extends RuntimeException {

	AccountAlreadyLinked() {
		super("The account is linked to another person");
	}

}
