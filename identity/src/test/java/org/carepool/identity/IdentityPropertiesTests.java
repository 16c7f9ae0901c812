package org.carepool.identity;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IdentityProperties}.
 */
class IdentityPropertiesTests {

	@Test
	void startsWithLocalDefaultsWhenNothingIsConfigured() {
		IdentityProperties properties = new IdentityProperties(null, null, null, null, null, null, null, null, null,
				null, null);

		assertThat(properties.issuer()).isEqualTo("http://localhost:9000");
		assertThat(properties.audience()).isEqualTo("carepool-registry");
		assertThat(properties.signingKey()).isEmpty();
		assertThat(properties.demoPassword()).isEmpty();
		assertThat(properties.uiRedirectUri()).isEqualTo("http://localhost:8080/login/oauth2/code/carepool");
		assertThat(properties.uiClientSecret()).isEqualTo("ui-local-secret");
		assertThat(properties.indexerClientSecret()).isEqualTo("indexer-local-secret");
		assertThat(properties.partnerClientSecret()).isEqualTo("partner-local-secret");
		assertThat(properties.cliRedirectUri()).isEqualTo("http://127.0.0.1:8765/callback");
		assertThat(properties.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(10));
		assertThat(properties.partnerAccessTokenLifetime()).isEqualTo(Duration.ofMinutes(5));
	}

}
