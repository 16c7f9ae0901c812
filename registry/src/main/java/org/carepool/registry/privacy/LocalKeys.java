package org.carepool.registry.privacy;

import java.util.Objects;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start outside the {@code local} profile while new values would be sealed, or
 * duplicates found, with the keys checked into the repository for local use.
 */
@Component
class LocalKeys {

	/** The sealing key of {@code application.yaml}, for local use only. */
	static final String LOCAL_KEY = "bG9jYWwtb25seS1rZXktZm9yLWNhcmVwb29sLWRldiE=";

	/** The blind-index key of {@code application.yaml}, for local use only. */
	static final String LOCAL_BLIND_INDEX_KEY = "bG9jYWwtb25seS1ibGluZC1pbmRleC1rZXktY2FyZXBvb2w=";

	LocalKeys(PrivacyProperties properties, Environment environment) {
		refuseOutsideLocal(properties, environment);
	}

	static void refuseOutsideLocal(PrivacyProperties properties, Environment environment) {
		if (environment.acceptsProfiles(Profiles.of("local"))) {
			return;
		}
		if (Objects.equals(properties.keys().get(properties.activeKey()), LOCAL_KEY)
				|| LOCAL_BLIND_INDEX_KEY.equals(properties.blindIndexKey())) {
			throw new IllegalStateException("The registry's privacy keys are the local defaults; outside the local "
					+ "profile set REGISTRY_PRIVACY_ACTIVE_KEY, REGISTRY_PRIVACY_KEYS_<ID> and "
					+ "REGISTRY_PRIVACY_BLIND_INDEX_KEY from the secret store (profiles active: "
					+ String.join(",", environment.getActiveProfiles()) + ")");
		}
	}

}
