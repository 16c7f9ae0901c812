package org.carepool.identity.client;

import org.carepool.identity.IdentityProperties;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link LocalSecrets}: the secrets written in the repository work in the
 * {@code local} profile only.
 */
class LocalSecretsTests {

	@Test
	void acceptsTheDefaultsInTheLocalProfile() {
		MockEnvironment local = new MockEnvironment();
		local.setDefaultProfiles("local");
		assertThatNoException().isThrownBy(() -> LocalSecrets.refuseOutsideLocal(properties(null, null), local));
	}

	@Test
	void refusesADefaultClientSecretInAnyOtherProfile() {
		MockEnvironment staging = new MockEnvironment();
		staging.setActiveProfiles("staging");
		assertThatIllegalStateException()
			.isThrownBy(() -> LocalSecrets.refuseOutsideLocal(properties(null, null), staging))
			.withMessageContaining("client-secret");
	}

	@Test
	void refusesADemoPasswordInAnyOtherProfile() {
		MockEnvironment staging = new MockEnvironment();
		staging.setActiveProfiles("staging");
		assertThatIllegalStateException()
			.isThrownBy(() -> LocalSecrets.refuseOutsideLocal(properties("own-secret", "demo-1234"), staging))
			.withMessageContaining("demo-password");
	}

	@Test
	void startsOutsideTheLocalProfileWithOwnSecrets() {
		MockEnvironment staging = new MockEnvironment();
		staging.setActiveProfiles("staging");
		assertThatNoException()
			.isThrownBy(() -> LocalSecrets.refuseOutsideLocal(properties("own-secret", null), staging));
	}

	private static IdentityProperties properties(String secret, String demoPassword) {
		return new IdentityProperties(null, null, null, demoPassword, null, secret, secret, secret, null, null, null);
	}

}
