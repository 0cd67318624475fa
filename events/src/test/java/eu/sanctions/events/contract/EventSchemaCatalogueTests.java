package eu.sanctions.events.contract;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import eu.sanctions.events.EventType;
import eu.sanctions.events.cloudevents.EventSchemas;
import eu.sanctions.events.testing.SampleEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Every type of the catalogue has its schema where {@link EventType#schemaPath()} says,
 * written the same way.
 */
class EventSchemaCatalogueTests {

	@ParameterizedTest
	@EnumSource(EventType.class)
	void hasASchemaFileAtItsSchemaPath(EventType type) {
		assertThat(ContractFiles.moduleDirectory().resolve(type.schemaPath())).isRegularFile();
		assertThat(getClass().getClassLoader().getResource(type.schemaPath())).as("on the classpath").isNotNull();
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void followsTheStyleOfTheContractsSchemas(EventType type) {
		JsonNode schema = SchemaDocuments.readClasspath(type.schemaPath());
		assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
		assertThat(schema.path("title").asText()).isNotBlank();
		assertThat(schema.path("description").asText()).startsWith(type.type() + ":");
		assertThat(schema.path("type").asText()).isEqualTo("object");
		// The schema is found by its location; an $id would make networknt resolve $refs
		// against it instead.
		assertThat(schema.has("$id")).isFalse();
		// A minor version may add optional fields, so readers must not refuse fields they
		// do not know.
		assertThat(schema.path("additionalProperties").asBoolean(true)).isTrue();
		assertThat(names(schema.path("properties").fieldNames())).containsAll(strings(schema.path("required")));
	}

	@Test
	void loadsEverySchemaWithItsReferences() {
		assertThatNoException().isThrownBy(EventSchemas::new);
	}

	@Test
	void providesOneSampleOfEachType() {
		List<EventType> sampled = SampleEvents.oneOfEach().stream().map(EventType::of).toList();
		assertThat(sampled).containsExactlyInAnyOrder(EventType.values());
	}

	@Test
	void keepsEverySchemaFileInTheCatalogue() {
		List<String> catalogued = Arrays.stream(EventType.values()).map(EventType::schemaPath).toList();
		List<String> files = ContractFiles.jsonFilesUnder(ContractFiles.schemasDirectory())
			.stream()
			.filter((file) -> !file.equals("common.v1.json"))
			.map((file) -> "schemas/" + file)
			.toList();
		assertThat(files).containsExactlyInAnyOrderElementsOf(catalogued);
		assertThat(Files.isRegularFile(ContractFiles.schemasDirectory().resolve("common.v1.json"))).isTrue();
	}

	static List<String> names(Iterator<String> names) {
		List<String> list = new java.util.ArrayList<>();
		names.forEachRemaining(list::add);
		return list;
	}

	static List<String> strings(JsonNode array) {
		List<String> list = new java.util.ArrayList<>();
		array.forEach((value) -> list.add(value.asText()));
		return list;
	}

}
