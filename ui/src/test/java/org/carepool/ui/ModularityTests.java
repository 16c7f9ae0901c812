package org.carepool.ui;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Tests for {@link UiApplication}: its features depend only on each other's public API.
 */
class ModularityTests {

	@Test
	void featuresOnlyUseEachOthersPublicApi() {
		ApplicationModules.of(UiApplication.class).verify();
	}

}
