package eu.sanctions.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The rules are plain Java; the feature packages lean on each other one way only. */
class ArchitectureTest {

	private final JavaClasses service = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("eu.sanctions.notification");

	@Test
	void keepsTheRulesFreeOfKafkaAndTheWeb() {
		noClasses().that()
			.resideInAPackage("..notification.rules..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..", "org.springframework.web..",
					"jakarta.servlet..")
			.check(this.service);
	}

	@Test
	void keepsTheRulesFreeOfSpringAndPersistence() {
		noClasses().that()
			.resideInAPackage("..notification.rules..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..")
			.check(this.service);
	}

	@Test
	void hasNoCyclesBetweenFeatures() {
		slices().matching("eu.sanctions.notification.(*)..").should().beFreeOfCycles().check(this.service);
	}

}
