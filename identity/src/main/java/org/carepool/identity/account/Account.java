package org.carepool.identity.account;

import java.util.List;
import java.util.UUID;

import org.springframework.util.Assert;

/**
 * A person who can sign in, with the identity and claims their tokens carry.
 *
 * @param sub the stable account id, used as the token subject
 * @param username the name typed on the login page
 * @param displayName the name shown to people
 * @param roles the roles, in claim order
 * @param street the street code a street coordinator serves, or {@code null}
 * @param org the organisation a partner acts for, or {@code null}
 */
public record Account(UUID sub, String username, String displayName, List<Role> roles, String street, UUID org) {

	public Account {
		Assert.notNull(sub, "sub must not be null");
		Assert.hasText(username, "username must not be blank");
		Assert.hasText(displayName, "displayName must not be blank");
		roles = List.copyOf(roles);
	}

	/**
	 * Returns the role names as they appear in the {@code roles} claim.
	 * @return the role names
	 */
	public List<String> roleNames() {
		return this.roles.stream().map(Role::name).toList();
	}

}
