package eu.sanctions.renewal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "eu.sanctions.renewal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/** The renewals' rules and read model: no Camunda, no Kafka, no web. */
	@ArchTest
	static final ArchRule renewalDependsOnNoEngineKafkaOrWeb = noClasses().that()
		.resideInAPackage("eu.sanctions.renewal.renewal..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.camunda..", "eu.sanctions.processes.process..", "org.apache.kafka..",
				"org.springframework.kafka..", "io.cloudevents..", "org.springframework.web..", "jakarta.servlet..")
		.as("the renewal package depends on neither Camunda, Kafka nor Spring Web");

	@ArchTest
	static final ArchRule renewalDependsOnNoOtherFeature = noClasses().that()
		.resideInAPackage("eu.sanctions.renewal.renewal..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("eu.sanctions.renewal.process..", "eu.sanctions.renewal.messaging..",
				"eu.sanctions.renewal.web..", "eu.sanctions.renewal.access..");

	/** Camunda stays at the edges: the engine's edge and access to it. */
	@ArchTest
	static final ArchRule onlyTheEdgesKnowCamunda = noClasses().that()
		.resideOutsideOfPackages("eu.sanctions.renewal.process..", "eu.sanctions.renewal.access..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.camunda..");

	@ArchTest
	static final ArchRule onlyMessagingKnowsKafka = noClasses().that()
		.resideOutsideOfPackage("eu.sanctions.renewal.messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

	@ArchTest
	static final ArchRule onlyTheWebKnowsTheWeb = noClasses().that()
		.resideOutsideOfPackages("eu.sanctions.renewal.web..", "eu.sanctions.renewal.access..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..");

	@ArchTest
	static final ArchRule featuresHaveNoCycles = slices().matching("eu.sanctions.renewal.(*)..")
		.should()
		.beFreeOfCycles();

}
