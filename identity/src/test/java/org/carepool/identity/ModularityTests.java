package org.carepool.identity;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Tests for {@link IdentityApplication}: its features depend only on each other's public
 * API.
 */
class ModularityTests {

	@Test
	void featuresOnlyUseEachOthersPublicApi() {
		ApplicationModules.of(IdentityApplication.class).verify();
	}

}
