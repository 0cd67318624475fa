package eu.sanctions.events.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

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

	/**
	 * Keywords that only describe, or whose tightening a reviewer judges (see
	 * {@link SchemaCompatibility}).
	 */
	private static final Set<String> LEFT_TO_THE_REVIEWER = Set.of("$schema", "$id", "$comment", "$defs", "title",
			"description", "examples", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems",
			"uniqueItems");

	/** Keywords whose value is a schema, a list of schemas, or schemas by name. */
	private static final Set<String> SUBSCHEMA = Set.of("items", "if", "then", "else", "not", "contains",
			"additionalProperties");

	private static final Set<String> SUBSCHEMAS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

	private static final Set<String> NAMED_SUBSCHEMAS = Set.of("properties", "$defs", "patternProperties",
			"dependentSchemas");

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

	/**
	 * A keyword the comparison does not know could change what readers or writers accept
	 * without failing the build: a schema uses one only after {@link SchemaCompatibility}
	 * has learned it, or it is added to the reviewer's list.
	 */
	@Test
	void usesOnlyKeywordsThatTheCompatibilityCheckComparesOrLeavesToTheReviewer() {
		List<String> unknown = new ArrayList<>();
		for (String file : ContractFiles.jsonFilesUnder(ContractFiles.schemasDirectory())) {
			collectUnknownKeywords(file + "#", SchemaDocuments.readClasspath("schemas/" + file), unknown);
		}
		assertThat(unknown).isEmpty();
	}

	@Test
	void findsAKeywordThatTheCompatibilityCheckIgnores() {
		List<String> unknown = new ArrayList<>();
		collectUnknownKeywords("sample#",
				SchemaDocuments.parse("{ \"properties\": { \"a\": { \"anyOf\": [{ \"multipleOf\": 2 }] } } }"),
				unknown);
		assertThat(unknown).containsExactly("sample#/properties/a: anyOf", "sample#/properties/a/anyOf/0: multipleOf");
	}

	private static void collectUnknownKeywords(String where, JsonNode schema, List<String> unknown) {
		if (!schema.isObject()) {
			return;
		}
		schema.properties().forEach((entry) -> {
			String keyword = entry.getKey();
			JsonNode value = entry.getValue();
			if (!SchemaCompatibility.COMPARED.contains(keyword) && !LEFT_TO_THE_REVIEWER.contains(keyword)) {
				unknown.add(where + ": " + keyword);
			}
			if (SUBSCHEMA.contains(keyword)) {
				collectUnknownKeywords(where + "/" + keyword, value, unknown);
			}
			else if (SUBSCHEMAS.contains(keyword)) {
				for (int index = 0; index < value.size(); index++) {
					collectUnknownKeywords(where + "/" + keyword + "/" + index, value.get(index), unknown);
				}
			}
			else if (NAMED_SUBSCHEMAS.contains(keyword)) {
				value.properties()
					.forEach((named) -> collectUnknownKeywords(where + "/" + keyword + "/" + named.getKey(),
							named.getValue(), unknown));
			}
		});
	}

}
