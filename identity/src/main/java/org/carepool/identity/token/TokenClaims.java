package org.carepool.identity.token;

import java.util.List;

import org.carepool.identity.IdentityProperties;
import org.carepool.identity.account.Account;
import org.carepool.identity.account.Accounts;
import org.carepool.identity.client.ClientOrganisation;

import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Writes the claims Carepool relies on: the account id as {@code sub}, roles, street and
 * organisation, and the registry as audience of every access token.
 */
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private final Accounts accounts;

	private final String audience;

	TokenClaims(Accounts accounts, IdentityProperties properties) {
		this.accounts = accounts;
		this.audience = properties.audience();
	}

	@Override
	public void customize(JwtEncodingContext context) {
		JwtClaimsSet.Builder claims = context.getClaims();
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
		if (accessToken) {
			claims.audience(List.of(this.audience));
		}
		if (context.getPrincipal() instanceof OAuth2ClientAuthenticationToken) {
			ClientOrganisation.of(context.getRegisteredClient()).ifPresent((org) -> claims.claim("org", org));
			return;
		}
		if (accessToken || idToken) {
			this.accounts.find(context.getPrincipal().getName()).ifPresent((account) -> describe(account, claims));
		}
	}

	private static void describe(Account account, JwtClaimsSet.Builder claims) {
		claims.subject(account.sub().toString());
		claims.claim(StandardClaimNames.PREFERRED_USERNAME, account.username());
		claims.claim(StandardClaimNames.NAME, account.displayName());
		claims.claim("roles", account.roleNames());
		if (account.street() != null) {
			claims.claim("street", account.street());
		}
		if (account.org() != null) {
			claims.claim("org", account.org().toString());
		}
	}

}
