package eu.sanctions.events.contract;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Position;
import eu.sanctions.events.Recommendation;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.cloudevents.EventJson;
import eu.sanctions.events.cloudevents.EventSchemas;
import eu.sanctions.events.testing.SampleEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schemas accept the events the records write, and refuse what a careless sender
 * would write instead.
 */
class EventSchemaValidationTests {

	private static final EventSchemas SCHEMAS = new EventSchemas();

	static Stream<Arguments> samples() {
		return SampleEvents.oneOfEach().stream().map((sample) -> Arguments.of(EventType.of(sample), sample));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void validatesEverySampleAgainstItsSchema(EventType type, SanctionsEvent sample) {
		assertThat(SCHEMAS.violations(type, json(sample))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void refusesEverySampleWithoutOneOfItsRequiredFields(EventType type, SanctionsEvent sample) {
		List<String> required = EventSchemaCatalogueTests.strings(schemaOf(type).path("required"));
		assertThat(required).isNotEmpty();
		SoftAssertions softly = new SoftAssertions();
		for (String field : required) {
			ObjectNode data = json(sample);
			data.remove(field);
			softly.assertThat(SCHEMAS.violations(type, data)).as("without " + field).isNotEmpty();
		}
		softly.assertAll();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void refusesEverySampleWithAWronglyTypedField(EventType type, SanctionsEvent sample) {
		SoftAssertions softly = new SoftAssertions();
		schemaOf(type).path("properties").fieldNames().forEachRemaining((field) -> {
			ObjectNode data = json(sample);
			// A boolean is the wrong type for every property but the boolean ones, which
			// get a string instead.
			JsonNode wrong = data.path(field).isBoolean() ? TextNode.valueOf("true") : BooleanNode.TRUE;
			data.set(field, wrong);
			softly.assertThat(SCHEMAS.violations(type, data))
				.as(field + " = " + wrong)
				.anySatisfy((violation) -> assertThat(violation).contains(field));
		});
		softly.assertAll();
	}

	@ParameterizedTest
	@ValueSource(strings = { "XX", "GR", "UK" })
	void readsAnyTwoCapitalsAsASubmittedStateSoThatTheReceiverCanRefuseItWithAReason(String state) {
		ObjectNode data = json(SampleEvents.positionSubmitted());
		data.put("state", state);
		assertThat(SCHEMAS.violations(EventType.POSITION_SUBMITTED, data)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "hu", "HUN", "H", "" })
	void refusesASubmittedStateThatIsNotTwoCapitals(String state) {
		ObjectNode data = json(SampleEvents.positionSubmitted());
		data.put("state", state);
		assertThat(SCHEMAS.violations(EventType.POSITION_SUBMITTED, data)).isNotEmpty();
	}

	@Test
	void refusesNoResponseAsASubmittedPosition() {
		ObjectNode data = json(SampleEvents.positionSubmitted());
		data.put("position", Position.NO_RESPONSE.name());
		assertThat(SCHEMAS.violations(EventType.POSITION_SUBMITTED, data)).isNotEmpty();
	}

	@Test
	void requiresConditionsWithSupportWithConditions() {
		ObjectNode data = json(SampleEvents.positionSubmitted());
		data.remove("conditions");
		assertThat(SCHEMAS.violations(EventType.POSITION_SUBMITTED, data)).isNotEmpty();
		data.put("conditions", "");
		assertThat(SCHEMAS.violations(EventType.POSITION_SUBMITTED, data)).isNotEmpty();
		data.remove("conditions");
		data.put("position", Position.SUPPORT.name());
		assertThat(SCHEMAS.violations(EventType.POSITION_SUBMITTED, data)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Greece", "gr", "" })
	void echoesInARejectionWhateverStateTheSenderWrote(String state) {
		ObjectNode data = json(SampleEvents.positionRejected());
		data.put("state", state);
		assertThat(SCHEMAS.violations(EventType.POSITION_REJECTED, data)).isEmpty();
		data.put("state", "x".repeat(41));
		assertThat(SCHEMAS.violations(EventType.POSITION_REJECTED, data)).isNotEmpty();
	}

	@Test
	void requiresAJustificationButNoProposalToLetLapse() {
		ObjectNode data = json(SampleEvents.reviewCompleted());
		data.put("recommendation", Recommendation.LET_LAPSE.name());
		data.remove("proposedNewExpiry");
		data.remove("positionDeadline");
		data.putArray("amendments");
		assertThat(SCHEMAS.violations(EventType.REVIEW_COMPLETED, data)).isEmpty();
		data.remove("justification");
		assertThat(SCHEMAS.violations(EventType.REVIEW_COMPLETED, data)).isNotEmpty();
	}

	@Test
	void requiresAProposedExpiryAndADeadlineToExtend() {
		ObjectNode data = json(SampleEvents.reviewCompleted());
		data.put("recommendation", Recommendation.EXTEND.name());
		data.putArray("amendments");
		assertThat(SCHEMAS.violations(EventType.REVIEW_COMPLETED, data)).isEmpty();
		assertThat(SCHEMAS.violations(EventType.REVIEW_COMPLETED, without(data, "proposedNewExpiry"))).isNotEmpty();
		assertThat(SCHEMAS.violations(EventType.REVIEW_COMPLETED, without(data, "positionDeadline"))).isNotEmpty();
	}

	@Test
	void requiresAmendmentsToExtendWithAmendments() {
		ObjectNode data = json(SampleEvents.reviewCompleted());
		data.putArray("amendments");
		assertThat(SCHEMAS.violations(EventType.REVIEW_COMPLETED, data)).isNotEmpty();
	}

	@Test
	void assertsDateFormatsRatherThanMerelyAnnotatingThem() {
		ObjectNode data = json(SampleEvents.renewalCompleted());
		data.put("newExpiry", "2028-02-30");
		assertThat(SCHEMAS.violations(EventType.RENEWAL_COMPLETED, data))
			.anySatisfy((violation) -> assertThat(violation).contains("newExpiry"));
	}

	@Test
	void refusesAStateOutsideTheTwentySevenWhereTheSystemNamesIt() {
		ObjectNode data = json(SampleEvents.reminderDue());
		data.putArray("silentStates").add("UK");
		assertThat(SCHEMAS.violations(EventType.REMINDER_DUE, data)).isNotEmpty();
	}

	@Test
	void acceptsFieldsAddedByALaterMinorVersion() {
		ObjectNode data = json(SampleEvents.extensionAdopted());
		data.put("officialJournalReference", "OJ L, 2027/417, 23.2.2027");
		assertThat(SCHEMAS.violations(EventType.EXTENSION_ADOPTED, data)).isEmpty();
	}

	static ObjectNode json(SanctionsEvent event) {
		return EventJson.mapper().valueToTree(event);
	}

	private static ObjectNode without(ObjectNode data, String field) {
		ObjectNode copy = data.deepCopy();
		copy.remove(field);
		return copy;
	}

	private static JsonNode schemaOf(EventType type) {
		return SchemaDocuments.readClasspath(type.schemaPath());
	}

}
