package eu.sanctions.registry;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "eu.sanctions.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/**
	 * The register's rules are plain Java: no Kafka, no web, no Spring at all, no
	 * Camunda.
	 */
	@ArchTest
	static final ArchRule registerDependsOnNoFramework = noClasses().that()
		.resideInAPackage("eu.sanctions.registry.register..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.apache.kafka..", "org.springframework..", "org.camunda..", "jakarta.servlet..",
				"io.cloudevents..")
		.as("the register's domain depends on neither Kafka, Spring (Web or other) nor Camunda");

	@ArchTest
	static final ArchRule registerDependsOnNoOtherFeature = noClasses().that()
		.resideInAPackage("eu.sanctions.registry.register..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("eu.sanctions.registry.revisions..", "eu.sanctions.registry.renewals..",
				"eu.sanctions.registry.sanctionsmap..", "eu.sanctions.registry.web..",
				"eu.sanctions.registry.messaging..", "eu.sanctions.registry.seed..");

	@ArchTest
	static final ArchRule onlyTheWebKnowsTheWeb = noClasses().that()
		.resideOutsideOfPackages("eu.sanctions.registry.web..", "eu.sanctions.registry.access..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..");

	@ArchTest
	static final ArchRule featuresHaveNoCycles = slices().matching("eu.sanctions.registry.(*)..")
		.should()
		.beFreeOfCycles();

}
