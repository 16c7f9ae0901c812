package org.carepool.registry.privacy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link LocalKeys}: the keys checked into the repository work in the
 * {@code local} profile only.
 */
class LocalKeysTests {

	private static final String OWN_KEY = "b3duLWtleS1mb3ItcHJvZHVjdGlvbi0wMTIzNDU2Nzg=";

	@Test
	void acceptsTheLocalKeysInTheLocalProfile() {
		MockEnvironment local = new MockEnvironment();
		local.setDefaultProfiles("local");
		assertThatNoException().isThrownBy(() -> LocalKeys.refuseOutsideLocal(new PrivacyProperties("local-1",
				Map.of("local-1", LocalKeys.LOCAL_KEY), LocalKeys.LOCAL_BLIND_INDEX_KEY), local));
	}

	@Test
	void refusesTheLocalSealingKeyInAnyOtherProfile() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("production");
		assertThatIllegalStateException()
			.isThrownBy(() -> LocalKeys.refuseOutsideLocal(
					new PrivacyProperties("local-1", Map.of("local-1", LocalKeys.LOCAL_KEY), OWN_KEY), production))
			.withMessageContaining("REGISTRY_PRIVACY_ACTIVE_KEY");
		assertThatIllegalStateException().isThrownBy(() -> LocalKeys.refuseOutsideLocal(
				new PrivacyProperties("k1", Map.of("k1", OWN_KEY), LocalKeys.LOCAL_BLIND_INDEX_KEY), production));
	}

	@Test
	void startsOutsideTheLocalProfileWithOwnKeys() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("production");
		assertThatNoException().isThrownBy(() -> LocalKeys.refuseOutsideLocal(
				new PrivacyProperties("k1", Map.of("k1", OWN_KEY, "local-1", LocalKeys.LOCAL_KEY), OWN_KEY),
				production));
	}

}
