package org.carepool.registry;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * Tests for the house rules of {@link RegistryApplication}'s code.
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.carepool.registry");

	@Test
	void domainCodeDoesNotUseWebCode() {
		noClasses().that()
			.resideOutsideOfPackage("org.carepool..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.carepool..web..")
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void settingsAreTypedNeverValueInjected() {
		noFields().should().beAnnotatedWith(Value.class).allowEmptyShould(true).check(classes);
		noClasses().should().dependOnClassesThat().haveFullyQualifiedName(Value.class.getName()).check(classes);
	}

	@Test
	void dependenciesAreInjectedThroughConstructors() {
		noFields().should().beAnnotatedWith(Autowired.class).allowEmptyShould(true).check(classes);
	}

}
