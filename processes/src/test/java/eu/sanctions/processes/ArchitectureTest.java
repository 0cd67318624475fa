package eu.sanctions.processes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The renewal's rules stand alone; only the process package knows the engine. */
@AnalyzeClasses(packages = "eu.sanctions.processes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainKnowsNoEngineNorFramework = noClasses().that()
		.resideInAPackage("eu.sanctions.processes.renewal..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.camunda..", "org.springframework..", "org.apache.kafka..", "jakarta..",
				"com.fasterxml.jackson..");

	@ArchTest
	static final ArchRule domainDoesNotReachIntoTheProcess = noClasses().that()
		.resideInAPackage("eu.sanctions.processes.renewal..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("eu.sanctions.processes.process..");

}
