package eu.sanctions.events.contract;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
	void acceptsTighterOrLooserBoundsOfTheSameType() {
		// Lengths and bounds are a matter of validation, not of shape; a reviewer judges
		// them. Patterns are not left to the reviewer: see the conditional cases below.
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
			.containsExactly("renewal/sample.v1.json#/properties/round: type changed from [integer] to [string]",
					"renewal/sample.v1.json#/properties/round: pattern \"^[A-Z]{2}-[A-Z0-9]+$\" added");
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

	/**
	 * An event shaped like position-submitted and review-completed: a rule under
	 * {@code allOf}, one at the top level, a {@code const} and a {@code pattern}.
	 */
	private static final String CONDITIONAL = """
			{
			  "type": "object",
			  "required": ["packageKey", "position"],
			  "properties": {
			    "packageKey": { "$ref": "../common.v1.json#/$defs/packageKey" },
			    "position": { "type": "string", "enum": ["SUPPORT", "SUPPORT_WITH_CONDITIONS", "ABSTAIN"] },
			    "conditions": { "type": "string" },
			    "justification": { "type": "string" },
			    "channel": { "type": "string", "const": "KAFKA" }
			  },
			  "allOf": [
			    {
			      "if": { "required": ["position"], "properties": { "position": { "const": "SUPPORT_WITH_CONDITIONS" } } },
			      "then": { "required": ["conditions"], "properties": { "conditions": { "minLength": 1 } } }
			    }
			  ],
			  "if": { "required": ["position"], "properties": { "position": { "const": "ABSTAIN" } } },
			  "then": { "properties": { "justification": { "maxLength": 400 } } },
			  "else": { "required": ["packageKey"] }
			}
			""";

	private static final String IN_EVENT = "event";

	private static final String IN_COMMON = "common";

	static Stream<Arguments> conditionalChanges() {
		return Stream.of(
				// What a reader or writer of the baseline would trip over.
				Arguments.of("a property removed from a rule under allOf",
						"\"then\": { \"required\": [\"conditions\"], \"properties\": { \"conditions\": { \"minLength\": 1 } } }",
						"\"then\": { \"required\": [\"conditions\"] }", IN_EVENT,
						"#/allOf/0/then: property conditions was removed"),
				Arguments.of("a property retyped in a rule under allOf", "\"conditions\": { \"minLength\": 1 }",
						"\"conditions\": { \"type\": \"integer\", \"minimum\": 1 }", IN_EVENT,
						"#/allOf/0/then/properties/conditions: type changed from [] to [integer]"),
				Arguments.of("a property newly required by a rule under allOf", "\"required\": [\"conditions\"]",
						"\"required\": [\"conditions\", \"justification\"]", IN_EVENT,
						"#/allOf/0/then: property justification is newly required"),
				Arguments.of("a rule under allOf made to apply to other records",
						"{ \"const\": \"SUPPORT_WITH_CONDITIONS\" } } },", "{ \"const\": \"ABSTAIN\" } } },", IN_EVENT,
						"#/allOf/0: the condition (if) changed"),
				Arguments.of("a rule under allOf removed",
						"""
								    {
								      "if": { "required": ["position"], "properties": { "position": { "const": "SUPPORT_WITH_CONDITIONS" } } },
								      "then": { "required": ["conditions"], "properties": { "conditions": { "minLength": 1 } } }
								    }
								""",
						"", IN_EVENT, "#/allOf/0/then: property conditions was removed"),
				Arguments.of("a rule added under allOf that requires a property", """
						      "then": { "required": ["conditions"], "properties": { "conditions": { "minLength": 1 } } }
						    }
						""", """
						      "then": { "required": ["conditions"], "properties": { "conditions": { "minLength": 1 } } }
						    },
						    { "required": ["justification"] }
						""", IN_EVENT, "#/allOf/1: property justification is newly required"),
				Arguments.of("a property removed from a top-level then",
						"\"then\": { \"properties\": { \"justification\": { \"maxLength\": 400 } } }",
						"\"then\": { \"properties\": {} }", IN_EVENT, "#/then: property justification was removed"),
				Arguments.of("a property newly required by a top-level else",
						"\"else\": { \"required\": [\"packageKey\"] }",
						"\"else\": { \"required\": [\"packageKey\", \"channel\"] }", IN_EVENT,
						"#/else: property channel is newly required"),
				Arguments.of("a pattern tightened in common", "[A-Z]{2}-[A-Z0-9]+", "[A-Z]{2}-[A-Z]+", IN_COMMON,
						"#/properties/packageKey: pattern changed from \"^[A-Z]{2}-[A-Z0-9]+$\" to \"^[A-Z]{2}-[A-Z]+$\""),
				Arguments.of("a pattern added", "\"justification\": { \"type\": \"string\" }",
						"\"justification\": { \"type\": \"string\", \"pattern\": \"^[A-Z]\" }", IN_EVENT,
						"#/properties/justification: pattern \"^[A-Z]\" added"),
				Arguments.of("a pattern added under a rule", "\"conditions\": { \"minLength\": 1 }",
						"\"conditions\": { \"minLength\": 1, \"pattern\": \"^EU[.]\" }", IN_EVENT,
						"#/allOf/0/then/properties/conditions: pattern \"^EU[.]\" added"),
				Arguments.of("a const changed", "\"const\": \"KAFKA\"", "\"const\": \"REST\"", IN_EVENT,
						"#/properties/channel: const changed from \"KAFKA\" to \"REST\""),
				Arguments.of("a const added", "\"conditions\": { \"type\": \"string\" }",
						"\"conditions\": { \"type\": \"string\", \"const\": \"none\" }", IN_EVENT,
						"#/properties/conditions: const \"none\" added"),
				Arguments.of("a const removed, which lets writers send what readers refuse",
						"{ \"type\": \"string\", \"const\": \"KAFKA\" }", "{ \"type\": \"string\" }", IN_EVENT,
						"#/properties/channel: const \"KAFKA\" removed"),
				Arguments.of("an enum tightened", "[\"SUPPORT\", \"SUPPORT_WITH_CONDITIONS\", \"ABSTAIN\"]",
						"[\"SUPPORT_WITH_CONDITIONS\", \"ABSTAIN\"]", IN_EVENT,
						"#/properties/position: enum values removed [SUPPORT]"),
				// What neither would notice.
				Arguments.of("a pattern removed", "\"type\": \"string\", \"pattern\": \"^[A-Z]{2}-[A-Z0-9]+$\"",
						"\"type\": \"string\"", IN_COMMON, null),
				Arguments.of("a property made optional under a rule", "\"then\": { \"required\": [\"conditions\"],",
						"\"then\": { \"required\": [],", IN_EVENT, null),
				Arguments.of("a bound loosened under a rule", "\"maxLength\": 400", "\"maxLength\": 4000", IN_EVENT,
						null),
				Arguments.of("an optional property added under a rule",
						"\"properties\": { \"conditions\": { \"minLength\": 1 } }",
						"\"properties\": { \"conditions\": { \"minLength\": 1 }, \"note\": { \"type\": \"string\" } }",
						IN_EVENT, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("conditionalChanges")
	void comparesRulesPatternsAndConstsLikeTheShapeOfTheData(String change, String from, String to, String file,
			String expected) {
		String event = file.equals(IN_EVENT) ? replaced(CONDITIONAL, from, to) : CONDITIONAL;
		String common = file.equals(IN_COMMON) ? replaced(COMMON, from, to) : COMMON;
		List<String> found = changes(CONDITIONAL, COMMON, event, common);
		if (expected == null) {
			assertThat(found).as(change).isEmpty();
		}
		else {
			assertThat(found).as(change).singleElement().asString().contains(expected);
		}
	}

	/** A change the table means to make, which must therefore find its text. */
	private static String replaced(String text, String from, String to) {
		assertThat(text).as("the table's change applies").contains(from);
		return text.replace(from, to);
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
