package org.carepool.identity.token;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.carepool.identity.testing.RunningIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TokenClaims}, on tokens the running issuer really signed.
 */
class TokenClaimsTests {

	private final RunningIdentity identity = RunningIdentity.shared();

	@ParameterizedTest
	@CsvSource({ "coordinator, 00000000-0000-4000-8000-000000000001, COORDINATOR, 陈静",
			"street-coordinator, 00000000-0000-4000-8000-000000000002, STREET_COORDINATOR, 李华",
			"expert, 00000000-0000-4000-8000-000000000003, EXPERT, 王晓明",
			"volunteer, 00000000-0000-4000-8000-000000000004, VOLUNTEER, 张丽",
			"partner, 00000000-0000-4000-8000-000000000005, PARTNER, 刘芳",
			"admin, 00000000-0000-4000-8000-000000000006, ADMIN, 管理员" })
	void usesTheFixedAccountIdAsSubject(String username, String sub, String role, String name) {
		Jwt token = verified(this.identity.userToken(username));

		assertThat(token.getSubject()).isEqualTo(sub);
		assertThat(token.getClaimAsString("preferred_username")).isEqualTo(username);
		assertThat(token.getClaimAsStringList("roles")).containsExactly(role);
		assertThat(token.getClaimAsString("name")).isEqualTo(name);
		assertThat(token.getAudience()).containsExactly("carepool-registry");
	}

	@Test
	void namesThePersonAndTheirRolesInTheIdToken() {
		Jwt idToken = verified(this.identity.idToken("street-coordinator"));

		assertThat(idToken.getAudience()).containsExactly("cli");
		assertThat(idToken.getSubject()).isEqualTo("00000000-0000-4000-8000-000000000002");
		assertThat(idToken.getClaimAsString("name")).isEqualTo("李华");
		assertThat(idToken.getClaimAsString("preferred_username")).isEqualTo("street-coordinator");
		assertThat(idToken.getClaimAsStringList("roles")).containsExactly("STREET_COORDINATOR");
	}

	@Test
	void givesTheIndexerTheFeedScopeForTheRegistry() {
		Jwt token = verified(this.identity.clientCredentialsToken("indexer", "indexer-local-secret", "registry.feed"));

		assertThat(token.getSubject()).isEqualTo("indexer");
		assertThat(token.getAudience()).containsExactly("carepool-registry");
		assertThat(token.getClaimAsStringList("scope")).containsExactly("registry.feed");
		assertThat(token.getClaims()).doesNotContainKeys("roles", "org", "street");
	}

	@Test
	void letsThePartnerSystemActForItsOrganisation() {
		Jwt token = verified(this.identity.clientCredentialsToken("partner-demo", "partner-local-secret",
				"requests.read", "requests.write"));

		assertThat(token.getSubject()).isEqualTo("partner-demo");
		assertThat(token.getClaimAsString("org")).isEqualTo("00000000-0000-4000-8000-0000000000f1");
		assertThat(token.getClaimAsStringList("scope")).containsExactlyInAnyOrder("requests.read", "requests.write");
		assertThat(token.getClaims()).doesNotContainKey("roles");
		// A revoked partner keeps its token until it expires: five minutes at most.
		assertThat(java.time.Duration.between(token.getIssuedAt(), token.getExpiresAt()))
			.isEqualTo(java.time.Duration.ofMinutes(5));
	}

	@Test
	void refusesAWrongClientSecret() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.identity.issuer() + "/oauth2/token"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("indexer:not-the-secret".getBytes()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=registry.feed"))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("invalid_client").doesNotContain("access_token");
	}

	private Jwt verified(String token) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(this.identity.issuer() + "/oauth2/jwks").build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(this.identity.issuer()));
		return decoder.decode(token);
	}

}
