package org.carepool.registry;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Tests for the module structure of {@link RegistryApplication}.
 */
class ModularityTests {

	private static final ApplicationModules modules = ApplicationModules.of(RegistryApplication.class);

	@Test
	void featuresOnlyUseEachOthersApi() {
		modules.verify();
	}

	@Test
	void documentsTheModules() {
		new Documenter(modules).writeModulesAsPlantUml();
	}

}
