package org.carepool.ui.account;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Turns the {@code roles} claim of the ID token into {@code ROLE_} authorities, keeping
 * the ones Spring Security granted.
 */
class RoleAuthorities implements GrantedAuthoritiesMapper {

	static final String ROLES_CLAIM = "roles";

	@Override
	public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
		Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
		for (GrantedAuthority authority : authorities) {
			if (authority instanceof OidcUserAuthority oidc) {
				List<String> roles = oidc.getIdToken().getClaimAsStringList(ROLES_CLAIM);
				if (roles != null) {
					roles.forEach((role) -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
				}
			}
		}
		return mapped;
	}

}
