package org.carepool.registry;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Tests for the module structure of {@link RegistryApplication}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(RegistryApplication.class);

	@Test
	void featuresOnlyUseEachOthersApi() {
		this.modules.verify();
	}

	@Test
	void documentsTheModules() {
		new Documenter(this.modules).writeModulesAsPlantUml();
	}

}
