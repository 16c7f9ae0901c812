package org.carepool.identity.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.carepool.identity.IdentityProperties;

/**
 * The password every demo account shares: the configured one, or a random one per start.
 *
 * @param value the password
 * @param generated whether it was generated at startup
 */
record DemoPassword(String value, boolean generated) {

	static DemoPassword from(IdentityProperties properties) {
		if (!properties.demoPassword().isBlank()) {
			return new DemoPassword(properties.demoPassword(), false);
		}
		byte[] random = new byte[12];
		new SecureRandom().nextBytes(random);
		return new DemoPassword(Base64.getUrlEncoder().withoutPadding().encodeToString(random), true);
	}

	@Override
	public String toString() {
		return "DemoPassword[****]";
	}

}
