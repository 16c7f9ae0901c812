package org.carepool.identity;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the local issuer, with defaults that let it start without any configuration
 * file.
 *
 * @param issuer the issuer URL written into every token and advertised in the discovery
 * document
 * @param audience the audience of every access token
 * @param signingKey path of a PEM (PKCS#8) RSA private key, created when missing; blank
 * keeps a fresh key in memory only
 * @param demoPassword the password shared by the demo accounts; blank generates one at
 * startup
 * @param uiRedirectUri the redirect URI registered for the {@code ui} client
 * @param uiClientSecret the secret of the {@code ui} client
 * @param indexerClientSecret the secret of the {@code indexer} client
 * @param partnerClientSecret the secret of the {@code partner-demo} client
 * @param cliRedirectUri the redirect URI registered for the public {@code cli} client
 * @param accessTokenLifetime how long an access token is valid
 * @param partnerAccessTokenLifetime how long a partner system's access token is valid:
 * short, because the registry does not check revocation and a revoked partner keeps its
 * token until it expires
 */
@Validated
@ConfigurationProperties("carepool.identity")
public record IdentityProperties(@NotBlank @Pattern(regexp = "https?://.+") String issuer, @NotBlank String audience,
		String signingKey, String demoPassword, @NotBlank @Pattern(regexp = "https?://.+") String uiRedirectUri,
		@NotBlank String uiClientSecret, @NotBlank String indexerClientSecret, @NotBlank String partnerClientSecret,
		@NotBlank @Pattern(regexp = "https?://.+") String cliRedirectUri, @NotNull Duration accessTokenLifetime,
		@NotNull Duration partnerAccessTokenLifetime) {

	public IdentityProperties {
		issuer = (issuer != null) ? issuer : "http://localhost:9000";
		audience = (audience != null) ? audience : "carepool-registry";
		signingKey = (signingKey != null) ? signingKey : "";
		demoPassword = (demoPassword != null) ? demoPassword : "";
		uiRedirectUri = (uiRedirectUri != null) ? uiRedirectUri : "http://localhost:8080/login/oauth2/code/carepool";
		uiClientSecret = (uiClientSecret != null) ? uiClientSecret : "ui-local-secret";
		indexerClientSecret = (indexerClientSecret != null) ? indexerClientSecret : "indexer-local-secret";
		partnerClientSecret = (partnerClientSecret != null) ? partnerClientSecret : "partner-local-secret";
		cliRedirectUri = (cliRedirectUri != null) ? cliRedirectUri : "http://127.0.0.1:8765/callback";
		accessTokenLifetime = (accessTokenLifetime != null) ? accessTokenLifetime : Duration.ofMinutes(10);
		partnerAccessTokenLifetime = (partnerAccessTokenLifetime != null) ? partnerAccessTokenLifetime
				: Duration.ofMinutes(5);
	}

}
