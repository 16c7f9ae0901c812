package org.carepool.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

/**
 * Tests for {@link UiApplication}: the house coding rules.
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("org.carepool.ui");

	@Test
	void readsSettingsOnlyThroughTypedProperties() {
		noClasses().should().dependOnClassesThat().areAssignableTo(Value.class).check(classes);
	}

	@Test
	void injectsThroughConstructors() {
		NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(classes);
	}

	@Test
	void keepsWebCodeOutOfTheFeatures() {
		noClasses().that()
			.resideOutsideOfPackage("org.carepool..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.carepool..web..")
			.check(classes);
	}

}
