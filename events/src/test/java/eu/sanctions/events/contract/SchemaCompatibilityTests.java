package eu.sanctions.events.contract;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compatibility checker itself, on small schemas shaped like the contract's: an event
 * and a common file.
 */
class SchemaCompatibilityTests {

	private static final String COMMON = """
			{
			  "$defs": {
			    "packageKey": { "type": "string", "pattern": "^[A-Z]{2}-[A-Z0-9]+$" },
			    "riskLevel": { "type": "string", "enum": ["LOW", "HIGH", "BLOCKED"] },
			    "amendment": {
			      "type": "object",
			      "required": ["action"],
			      "properties": {
			        "action": { "type": "string", "enum": ["REMOVE", "ADD"] },
			        "name": { "type": "string" }
			      }
			    }
			  }
			}
			""";

	private static final String EVENT = """
			{
			  "type": "object",
			  "required": ["packageKey", "round"],
			  "properties": {
			    "packageKey": { "$ref": "../common.v1.json#/$defs/packageKey" },
			    "round": { "type": "integer", "minimum": 1 },
			    "level": { "$ref": "../common.v1.json#/$defs/riskLevel" },
			    "amendments": { "type": "array", "items": { "$ref": "../common.v1.json#/$defs/amendment" } }
			  }
			}
			""";

	@Test
	void acceptsAnUnchangedSchema() {
		assertThat(changes(EVENT, COMMON)).isEmpty();
	}

	@Test
	void acceptsAnAddedOptionalProperty() {
		assertThat(
				changes(EVENT.replace("\"round\": {", "\"note\": { \"type\": \"string\" },\n    \"round\": {"), COMMON))
			.isEmpty();
	}

	@Test
	void acceptsAnAddedOptionalPropertyInACommonDefinition() {
		assertThat(changes(EVENT, COMMON.replace("\"name\": { \"type\": \"string\" }",
				"\"name\": { \"type\": \"string\" }, \"reason\": { \"type\": \"string\" }")))
			.isEmpty();
	}

	@Test
	void acceptsTighterOrLooserConstraintsOfTheSameType() {
		// Lengths and patterns are a matter of validation, not of shape; a reviewer
		// judges them.
		assertThat(changes(EVENT.replace("\"minimum\": 1", "\"minimum\": 0"), COMMON)).isEmpty();
	}

	@Test
	void detectsARemovedProperty() {
		assertThat(changes(EVENT.replace("\"round\": { \"type\": \"integer\", \"minimum\": 1 },", "")
			.replace("[\"packageKey\", \"round\"]", "[\"packageKey\"]"), COMMON)).singleElement()
			.asString()
			.contains("property round was removed");
	}

	@Test
	void detectsARemovedPropertyOfANestedObjectInCommon() {
		assertThat(changes(EVENT, COMMON.replace(",\n        \"name\": { \"type\": \"string\" }", ""))).singleElement()
			.asString()
			.contains("/properties/amendments/items: property name was removed");
	}

	@Test
	void detectsAChangedType() {
		assertThat(changes(EVENT.replace("\"type\": \"integer\", \"minimum\": 1", "\"type\": \"string\""), COMMON))
			.singleElement()
			.asString()
			.contains("/properties/round: type changed from [integer] to [string]");
	}

	@Test
	void detectsAChangedTypeBehindAReferenceIntoCommon() {
		assertThat(changes(EVENT, COMMON.replace("\"type\": \"string\", \"pattern\"", "\"type\": \"integer\", \"x\"")))
			.singleElement()
			.asString()
			.contains("/properties/packageKey: type changed from [string] to [integer]");
	}

	@Test
	void detectsAPropertyRepointedToADefinitionOfAnotherType() {
		assertThat(changes(EVENT.replace("\"round\": { \"type\": \"integer\", \"minimum\": 1 }",
				"\"round\": { \"$ref\": \"../common.v1.json#/$defs/packageKey\" }"), COMMON))
			.singleElement()
			.asString()
			.contains("type changed from [integer] to [string]");
	}

	@Test
	void detectsADateTurnedIntoAnInstant() {
		String common = COMMON.replace("\"$defs\": {",
				"\"$defs\": {\n    \"date\": { \"type\": \"string\", \"format\": \"date\" },\n"
						+ "    \"instant\": { \"type\": \"string\", \"format\": \"date-time\" },");
		String before = EVENT.replace("\"round\": {",
				"\"expiry\": { \"$ref\": \"../common.v1.json#/$defs/date\" },\n    \"round\": {");
		String after = before.replace("$defs/date\"", "$defs/instant\"");
		assertThat(changes(before, common, after, common)).singleElement()
			.asString()
			.contains("/properties/expiry: format changed from [date] to [date-time]");
	}

	@Test
	void detectsARemovedEnumValue() {
		assertThat(changes(EVENT, COMMON.replace("[\"LOW\", \"HIGH\", \"BLOCKED\"]", "[\"LOW\", \"HIGH\"]")))
			.singleElement()
			.asString()
			.contains("/properties/level: enum values removed [BLOCKED]");
	}

	@Test
	void detectsARemovedEnumValueOfANestedObject() {
		assertThat(changes(EVENT, COMMON.replace("[\"REMOVE\", \"ADD\"]", "[\"REMOVE\"]"))).singleElement()
			.asString()
			.contains("/properties/amendments/items/properties/action: enum values removed [ADD]");
	}

	@Test
	void detectsAnAddedEnumValueWhichReadersOfTheBaselineWouldRefuse() {
		assertThat(changes(EVENT,
				COMMON.replace("[\"LOW\", \"HIGH\", \"BLOCKED\"]", "[\"LOW\", \"HIGH\", \"BLOCKED\", \"NONE\"]")))
			.singleElement()
			.asString()
			.contains("enum values added [NONE]");
	}

	@Test
	void detectsANewRequiredProperty() {
		String changed = EVENT.replace("[\"packageKey\", \"round\"]", "[\"packageKey\", \"round\", \"note\"]")
			.replace("\"round\": {", "\"note\": { \"type\": \"string\" },\n    \"round\": {");
		assertThat(changes(changed, COMMON)).singleElement().asString().contains("property note is newly required");
	}

	@Test
	void detectsAnOptionalPropertyMadeRequired() {
		assertThat(
				changes(EVENT.replace("[\"packageKey\", \"round\"]", "[\"packageKey\", \"round\", \"level\"]"), COMMON))
			.singleElement()
			.asString()
			.contains("property level is newly required");
	}

	@Test
	void detectsANewRequiredPropertyOfANestedObjectInCommon() {
		assertThat(changes(EVENT, COMMON.replace("\"required\": [\"action\"]", "\"required\": [\"action\", \"name\"]")))
			.singleElement()
			.asString()
			.contains("/properties/amendments/items: property name is newly required");
	}

	@Test
	void acceptsAPropertyMadeOptional() {
		assertThat(changes(EVENT.replace("[\"packageKey\", \"round\"]", "[\"packageKey\"]"), COMMON)).isEmpty();
	}

	private static List<String> changes(String event, String common) {
		return changes(EVENT, COMMON, event, common);
	}

	private static List<String> changes(String baselineEvent, String baselineCommon, String event, String common) {
		SchemaDocuments baseline = SchemaDocuments
			.of(Map.of("renewal/sample.v1.json", baselineEvent, "common.v1.json", baselineCommon));
		SchemaDocuments current = SchemaDocuments.of(Map.of("renewal/sample.v1.json", event, "common.v1.json", common));
		return new SchemaCompatibility(baseline, current).breakingChanges("renewal/sample.v1.json");
	}

}
