package eu.sanctions.events.contract;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import eu.sanctions.events.EventType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every schema stays compatible with its frozen baseline
 * ({@code src/test/resources/schema-baseline}, see its README): within a major version,
 * the contract only grows.
 */
class SchemaBaselineTests {

	private static final SchemaCompatibility COMPATIBILITY = new SchemaCompatibility(
			SchemaDocuments.onClasspath("schema-baseline/"), SchemaDocuments.onClasspath("schemas/"));

	@ParameterizedTest
	@EnumSource(EventType.class)
	void staysCompatibleWithItsBaseline(EventType type) {
		String path = type.schemaPath().substring("schemas/".length());
		assertThat(ContractFiles.baselineDirectory().resolve(path))
			.as("a new type freezes its schema in the baseline when it is added")
			.isRegularFile();
		assertThat(COMPATIBILITY.breakingChanges(path)).isEmpty();
	}

	@Test
	void keepsEveryBaselinedSchemaInTheCatalogue() {
		// Dropping a type is the most breaking change of all: a v1 type goes only when
		// its major version is retired.
		List<String> catalogued = Arrays.stream(EventType.values())
			.map((type) -> type.schemaPath().substring("schemas/".length()))
			.toList();
		List<String> baselined = ContractFiles.jsonFilesUnder(ContractFiles.baselineDirectory())
			.stream()
			.filter((file) -> !file.equals("common.v1.json"))
			.toList();
		assertThat(catalogued).containsAll(baselined);
	}

}
