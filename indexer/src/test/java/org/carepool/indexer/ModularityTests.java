package org.carepool.indexer;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Tests for the module structure of {@link IndexerApplication}.
 */
class ModularityTests {

	private static final ApplicationModules modules = ApplicationModules.of(IndexerApplication.class);

	@Test
	void featuresOnlyUseEachOthersApi() {
		modules.verify();
	}

	@Test
	void documentsTheModules() {
		new Documenter(modules).writeModulesAsPlantUml();
	}

}
