package org.carepool.identity.token;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.carepool.identity.testing.RunningIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link SigningKey}.
 */
class SigningKeyTests {

	@TempDir
	Path directory;

	@Test
	void createsAKeyFileOnlyItsOwnerCanRead() throws Exception {
		Path file = this.directory.resolve("keys/signing-key.pem");

		RSAKey key = SigningKey.loadOrCreate(file);

		assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(key.isPrivate()).isTrue();
		assertThat(key.size()).isEqualTo(2048);
	}

	@Test
	void readsBackTheSameKeyWithTheSameId() {
		Path file = this.directory.resolve("signing-key.pem");

		RSAKey first = SigningKey.loadOrCreate(file);
		RSAKey second = SigningKey.loadOrCreate(file);

		assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
		assertThat(second.toPublicJWK()).isEqualTo(first.toPublicJWK());
	}

	@Test
	void keepsAFreshKeyInMemoryWhenNoFileIsConfigured() {
		assertThat(SigningKey.at("").getKeyID()).isNotEqualTo(SigningKey.at(" ").getKeyID());
		assertThat(this.directory).isEmptyDirectory();
	}

	@Test
	void refusesAFileThatIsNotAPrivateKey() throws Exception {
		Path file = Files.writeString(this.directory.resolve("key.pem"), "-----BEGIN CERTIFICATE-----\n");

		assertThatIllegalStateException().isThrownBy(() -> SigningKey.loadOrCreate(file))
			.withMessageContaining("PKCS#8");
	}

	@Test
	void signsWithTheSameKeyAfterARestart() throws Exception {
		Path file = this.directory.resolve("identity/signing-key.pem");
		Map<String, Object> settings = Map.of("carepool.identity.signing-key", file.toString());
		String token;
		JWKSet before;
		try (RunningIdentity first = RunningIdentity.start(settings)) {
			before = jwks(first);
			token = first.clientCredentialsToken("indexer", "indexer-local-secret");
		}

		try (RunningIdentity second = RunningIdentity.start(settings)) {
			JWKSet after = jwks(second);

			assertThat(after.getKeys()).singleElement()
				.satisfies((key) -> assertThat(key.getKeyID()).isEqualTo(before.getKeys().get(0).getKeyID()))
				.isEqualTo(before.getKeys().get(0));
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(second.issuer() + "/oauth2/jwks").build();
			decoder.setJwtValidator(JwtValidators.createDefault());
			assertThat(decoder.decode(token).getSubject()).isEqualTo("indexer");
		}
	}

	private static JWKSet jwks(RunningIdentity identity) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(identity.issuer() + "/oauth2/jwks")).build(),
					HttpResponse.BodyHandlers.ofString());
		return JWKSet.parse(response.body());
	}

}
