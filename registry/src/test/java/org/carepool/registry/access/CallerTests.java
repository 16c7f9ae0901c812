package org.carepool.registry.access;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Caller}.
 */
class CallerTests {

	@Test
	void recordsRolesAndScopesForTheAuditSortedAndSpaceSeparated() {
		Caller caller = Caller.of(token().claim("roles", List.of("STREET_COORDINATOR", "ADMIN", "NOT_A_ROLE"))
			.claim("scope", "requests.read openid")
			.build());

		assertThat(caller.auditRoles()).isEqualTo("ADMIN SCOPE_openid SCOPE_requests.read STREET_COORDINATOR");
	}

	@Test
	void recordsAPartnerSystemByItsScopes() {
		Caller client = Caller.of(token().claim("scope", "requests.write").build());

		assertThat(client.auditRoles()).isEqualTo("SCOPE_requests.write");
	}

	@Test
	void recordsNothingForACallerWithoutRights() {
		assertThat(Caller.of(token().build()).auditRoles()).isEmpty();
	}

	private static Jwt.Builder token() {
		return Jwt.withTokenValue("token")
			.header("alg", "none")
			.subject("someone")
			.issuedAt(Instant.parse("2026-12-01T00:00:00Z"));
	}

}
