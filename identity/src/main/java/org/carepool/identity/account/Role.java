package org.carepool.identity.account;

/**
 * A role an account holds, as it appears in the {@code roles} claim.
 */
public enum Role {

	ADMIN, COORDINATOR, STREET_COORDINATOR, EXPERT, VOLUNTEER, PARTNER

}
