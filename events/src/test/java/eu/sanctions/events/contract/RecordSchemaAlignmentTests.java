package eu.sanctions.events.contract;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import eu.sanctions.events.EventType;
import eu.sanctions.events.contract.SchemaDocuments.Located;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records and schemas cannot drift apart: every record component is a schema property of
 * the matching JSON type, and every schema property is a record component, down into
 * nested records ({@code LegalAct}, {@code Listing}, {@code PositionCounts}, ...).
 */
class RecordSchemaAlignmentTests {

	private static final SchemaDocuments SCHEMAS = SchemaDocuments.onClasspath("schemas/");

	@ParameterizedTest
	@EnumSource(EventType.class)
	void matchesItsRecordComponentForComponent(EventType type) {
		List<String> mismatches = new ArrayList<>();
		Located schema = SCHEMAS.document(type.schemaPath().substring("schemas/".length()));
		compareRecord(type.recordType(), schema, type.recordType().getSimpleName(), mismatches);
		assertThat(mismatches).isEmpty();
	}

	private void compareRecord(Class<?> record, Located schema, String where, List<String> mismatches) {
		expectType(schema, "object", where, mismatches);
		Located properties = SCHEMAS.keyword(schema, "properties");
		Set<String> propertyNames = new LinkedHashSet<>();
		if (properties != null) {
			properties.node().fieldNames().forEachRemaining(propertyNames::add);
		}
		Set<String> componentNames = new LinkedHashSet<>();
		for (RecordComponent component : record.getRecordComponents()) {
			componentNames.add(component.getName());
			if (!propertyNames.contains(component.getName())) {
				mismatches.add(where + "." + component.getName() + " is not in the schema");
				continue;
			}
			compareValue(component.getGenericType(), properties.get(component.getName()),
					where + "." + component.getName(), mismatches);
		}
		propertyNames.stream()
			.filter((name) -> !componentNames.contains(name))
			.forEach((name) -> mismatches.add(where + "." + name + " is in the schema but not in the record"));
	}

	private void compareValue(Type javaType, Located schema, String where, List<String> mismatches) {
		Class<?> raw = (javaType instanceof ParameterizedType parameterized) ? (Class<?>) parameterized.getRawType()
				: (Class<?>) javaType;
		if (List.class.isAssignableFrom(raw)) {
			expectType(schema, "array", where, mismatches);
			Located items = SCHEMAS.keyword(schema, "items");
			Type element = ((ParameterizedType) javaType).getActualTypeArguments()[0];
			if (items == null) {
				mismatches.add(where + " has no items schema");
			}
			else {
				compareValue(element, items, where + "[]", mismatches);
			}
		}
		else if (raw.isRecord()) {
			compareRecord(raw, schema, where, mismatches);
		}
		else if (raw.isEnum()) {
			expectType(schema, "string", where, mismatches);
			compareEnum(raw, schema, where, mismatches);
		}
		else if (raw == String.class) {
			expectType(schema, "string", where, mismatches);
		}
		else if (raw == LocalDate.class) {
			expectType(schema, "string", where, mismatches);
			expectFormat(schema, "date", where, mismatches);
		}
		else if (raw == Instant.class) {
			expectType(schema, "string", where, mismatches);
			expectFormat(schema, "date-time", where, mismatches);
		}
		else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
			expectType(schema, "integer", where, mismatches);
		}
		else if (raw == boolean.class || raw == Boolean.class) {
			expectType(schema, "boolean", where, mismatches);
		}
		else {
			mismatches.add(where + " has a Java type the contract does not map: " + javaType);
		}
	}

	/**
	 * A schema may allow fewer values than the Java enum (a desk cannot submit
	 * NO_RESPONSE), never more: Jackson could not map them.
	 */
	private void compareEnum(Class<?> enumType, Located schema, String where, List<String> mismatches) {
		Located values = SCHEMAS.keyword(schema, "enum");
		if (values == null) {
			mismatches.add(where + " has no enum");
			return;
		}
		Set<String> constants = new LinkedHashSet<>();
		Arrays.stream(enumType.getEnumConstants()).forEach((constant) -> constants.add(((Enum<?>) constant).name()));
		for (JsonNode value : values.node()) {
			if (!constants.contains(value.asText())) {
				mismatches.add(where + " allows " + value + ", which " + enumType.getSimpleName() + " lacks");
			}
		}
	}

	private void expectType(Located schema, String expected, String where, List<String> mismatches) {
		Located type = SCHEMAS.keyword(schema, "type");
		if (type == null || !type.node().asText().equals(expected)) {
			mismatches.add(
					where + " should be of type " + expected + " but is " + ((type != null) ? type.node() : "untyped"));
		}
	}

	private void expectFormat(Located schema, String expected, String where, List<String> mismatches) {
		Located format = SCHEMAS.keyword(schema, "format");
		if (format == null || !format.node().asText().equals(expected)) {
			mismatches.add(where + " should have format " + expected);
		}
	}

}
