package org.carepool.ui.account;

import java.util.List;
import java.util.Objects;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, as the issuer's ID token describes them.
 *
 * @param name the display name
 * @param roles the Carepool roles, such as {@code COORDINATOR}
 */
public record SignedInPerson(String name, List<String> roles) {

	public SignedInPerson {
		roles = List.copyOf(roles);
	}

	/**
	 * Reads the person from the claims of their ID token.
	 * @param user the OpenID Connect user
	 * @return the signed-in person
	 */
	public static SignedInPerson of(OidcUser user) {
		String name = Objects.requireNonNullElse(user.getFullName(),
				Objects.requireNonNullElse(user.getPreferredUsername(), user.getSubject()));
		List<String> roles = user.getIdToken().getClaimAsStringList(RoleAuthorities.ROLES_CLAIM);
		return new SignedInPerson(name, (roles != null) ? roles : List.of());
	}

}
