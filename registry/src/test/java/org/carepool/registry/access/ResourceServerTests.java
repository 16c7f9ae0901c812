package org.carepool.registry.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.carepool.identity.testing.RunningIdentity;
import org.carepool.registry.RealServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the registry accepts only access tokens from its issuer, for its audience,
 * with a valid signature — using really signed tokens from the identity module over HTTP.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(RealServices.class)
class ResourceServerTests {

	private static final Path KEY = key();

	private static final RunningIdentity issuer = RunningIdentity
		.start(Map.of("carepool.identity.signing-key", KEY.toString()));

	@Autowired
	private MockMvcTester mvc;

	@DynamicPropertySource
	static void trustTheIssuer(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuer);
	}

	@AfterAll
	static void stopTheIssuer() {
		issuer.close();
	}

	@Test
	void acceptsAUsersTokenFromItsIssuer() {
		String token = issuer.userToken("coordinator");
		assertThat(this.mvc.get().uri("/api/taxonomy/streets").header("Authorization", "Bearer " + token))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/api/people").header("Authorization", "Bearer " + token)).hasStatusOk();
	}

	@Test
	void takesRolesFromTheToken() {
		String partner = issuer.userToken("partner");
		assertThat(this.mvc.get().uri("/api/people").header("Authorization", "Bearer " + partner)).hasStatus(403);
	}

	@Test
	void acceptsTheIndexersClientCredentialsTokenForTheFeedOnly() {
		String token = issuer.clientCredentialsToken("indexer", "indexer-local-secret", "registry.feed");
		assertThat(this.mvc.get().uri("/internal/changes").header("Authorization", "Bearer " + token)).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/people").header("Authorization", "Bearer " + token)).hasStatus(403);
	}

	@Test
	void rejectsATokenForAnotherAudience() {
		// An ID token is signed by the same issuer, but issued for the client, not the
		// registry.
		String idToken = issuer.idToken("coordinator");
		assertThat(this.mvc.get().uri("/api/taxonomy/streets").header("Authorization", "Bearer " + idToken))
			.hasStatus(401);
	}

	@Test
	void rejectsATokenFromAnotherIssuerEvenWithTheSameKey() {
		try (RunningIdentity other = RunningIdentity.start(Map.of("carepool.identity.signing-key", KEY.toString()))) {
			String token = other.userToken("coordinator");
			assertThat(this.mvc.get().uri("/api/taxonomy/streets").header("Authorization", "Bearer " + token))
				.hasStatus(401);
		}
	}

	@Test
	void rejectsATamperedToken() {
		String token = issuer.userToken("volunteer");
		String[] parts = token.split("\\.");
		String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("\"VOLUNTEER\"",
				"\"COORDINATOR\"");
		String forged = parts[0] + "."
				+ java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
		assertThat(this.mvc.get().uri("/api/people").header("Authorization", "Bearer " + forged)).hasStatus(401);
	}

	@Test
	void answersAMissingTokenWithAProblem() {
		assertThat(this.mvc.get().uri("/api/people")).hasStatus(401)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:carepool:problem:unauthenticated");
	}

	private static Path key() {
		try {
			Path directory = Files.createTempDirectory("carepool-key");
			directory.toFile().deleteOnExit();
			return directory.resolve("signing-key.pem");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
