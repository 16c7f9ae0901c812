package org.carepool.ui.account;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RoleAuthorities}.
 */
class RoleAuthoritiesTests {

	@Test
	void grantsARoleAuthorityForEveryRoleInTheIdToken() {
		OidcUserAuthority user = new OidcUserAuthority(idToken(List.of("STREET_COORDINATOR", "EXPERT")));

		assertThat(new RoleAuthorities().mapAuthorities(List.of(user, new SimpleGrantedAuthority("SCOPE_openid"))))
			.extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("OIDC_USER", "SCOPE_openid", "ROLE_STREET_COORDINATOR", "ROLE_EXPERT");
	}

	@Test
	void grantsNoRoleWithoutTheClaim() {
		OidcUserAuthority user = new OidcUserAuthority(idToken(null));

		assertThat(new RoleAuthorities().mapAuthorities(List.of(user))).extracting(GrantedAuthority::getAuthority)
			.containsExactly("OIDC_USER");
	}

	private static OidcIdToken idToken(List<String> roles) {
		OidcIdToken.Builder token = OidcIdToken.withTokenValue("id-token")
			.subject("00000000-0000-4000-8000-000000000002")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60));
		if (roles != null) {
			token.claim("roles", roles);
		}
		return token.build();
	}

}
