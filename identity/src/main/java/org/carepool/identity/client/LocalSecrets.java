package org.carepool.identity.client;

import java.util.Map;

import org.carepool.identity.IdentityProperties;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start outside the {@code local} profile with a client secret or demo
 * password that is written in the repository.
 */
@Component
class LocalSecrets {

	private static final Map<String, String> DEFAULTS = Map.of("ui-client-secret", "ui-local-secret",
			"indexer-client-secret", "indexer-local-secret", "partner-client-secret", "partner-local-secret");

	LocalSecrets(IdentityProperties properties, Environment environment) {
		refuseOutsideLocal(properties, environment);
	}

	static void refuseOutsideLocal(IdentityProperties properties, Environment environment) {
		if (environment.acceptsProfiles(Profiles.of("local"))) {
			return;
		}
		Map<String, String> configured = Map.of("ui-client-secret", properties.uiClientSecret(),
				"indexer-client-secret", properties.indexerClientSecret(), "partner-client-secret",
				properties.partnerClientSecret());
		for (Map.Entry<String, String> secret : configured.entrySet()) {
			if (DEFAULTS.get(secret.getKey()).equals(secret.getValue())) {
				throw new IllegalStateException("carepool.identity." + secret.getKey()
						+ " is the local default; outside the local profile set it from the secret store");
			}
		}
		if (properties.demoPassword() != null && !properties.demoPassword().isBlank()) {
			throw new IllegalStateException(
					"carepool.identity.demo-password is set; demo accounts exist only in the local profile");
		}
	}

}
