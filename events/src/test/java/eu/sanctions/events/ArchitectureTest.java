package eu.sanctions.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The contract is a plain library that any consumer can take, whatever its framework. */
class ArchitectureTest {

	private final JavaClasses contract = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("eu.sanctions.events");

	@Test
	void dependsOnNoSpring() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(this.contract);
	}

	@Test
	void keepsTheEventRecordsFreeOfPlumbing() {
		classes().that()
			.implement(SanctionsEvent.class)
			.should()
			.beRecords()
			.andShould()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("eu.sanctions.events..", "java..")
			.check(this.contract);
	}

}
