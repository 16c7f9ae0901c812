package org.carepool.indexer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * Tests for the architecture rules of {@link IndexerApplication} beyond its modules.
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.carepool.indexer");

	@Test
	void takesSettingsFromTypedPropertiesOnly() {
		noFields().should().beAnnotatedWith(Value.class).allowEmptyShould(true).check(classes);
		noClasses().should().dependOnClassesThat().areAssignableTo(Value.class).check(classes);
	}

	@Test
	void injectsThroughConstructorsOnly() {
		noFields().should().beAnnotatedWith(Autowired.class).allowEmptyShould(true).check(classes);
	}

	@Test
	void keepsWebCodeOutOfTheFeatures() {
		noClasses().that()
			.resideOutsideOfPackage("org.carepool.indexer..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.carepool.indexer..web..")
			.check(classes);
	}

}
