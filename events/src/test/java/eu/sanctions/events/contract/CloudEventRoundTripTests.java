package eu.sanctions.events.contract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Position;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.EventJson;
import eu.sanctions.events.cloudevents.EventRejectedException;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.inbound.PositionSubmitted;
import eu.sanctions.events.testing.SampleEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * Every event survives the trip through Kafka (binary mode) and through structured JSON,
 * and bad records do not.
 */
class CloudEventRoundTripTests {

	private static final URI SOURCE = URI.create("urn:eu-sanctions:renewal-service");

	private static final String ID = "3f0c1d9e-5b7a-4c21-9e84-2d6f0a7b5c13";

	private static final OffsetDateTime TIME = OffsetDateTime.of(2027, 2, 5, 14, 2, 11, 0, ZoneOffset.UTC);

	private final EventCodec codec = new EventCodec();

	static Stream<Arguments> samples() {
		return SampleEvents.oneOfEach().stream().map((sample) -> Arguments.of(EventType.of(sample), sample));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void decodesFromKafkaWhatItEncoded(EventType type, SanctionsEvent sample) {
		ProducerRecord<String, byte[]> produced = this.codec.toKafkaRecord(type.topic(),
				this.codec.envelope(sample, SOURCE, ID, TIME, 42L));

		ReceivedEvent received = this.codec.decode(consumed(produced, produced.headers()));

		assertThat(received.data()).isEqualTo(sample);
		assertThat(received.id()).isEqualTo(ID);
		assertThat(received.source()).isEqualTo(SOURCE);
		assertThat(received.type()).isEqualTo(type);
		assertThat(received.subject()).isEqualTo(sample.subject());
		assertThat(received.time()).isEqualTo(TIME);
		assertThat(received.sequence()).isEqualTo(42L);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void writesTheCloudEventsAttributesAsHeadersKeyedByThePackage(EventType type, SanctionsEvent sample) {
		ProducerRecord<String, byte[]> produced = this.codec.toKafkaRecord(type.topic(),
				this.codec.envelope(sample, SOURCE, ID, TIME, 42L));

		assertThat(produced.topic()).isEqualTo(type.topic());
		assertThat(produced.key()).isEqualTo(sample.packageKey());
		Map<String, String> headers = headers(produced.headers());
		assertThat(headers).containsEntry("ce_specversion", "1.0")
			.containsEntry("ce_id", ID)
			.containsEntry("ce_source", SOURCE.toString())
			.containsEntry("ce_type", type.type())
			.containsEntry("ce_subject", sample.subject())
			.containsEntry("ce_dataschema", type.dataSchema().toString())
			.containsEntry("ce_sequence", "0000000042")
			.containsEntry("ce_partitionkey", sample.packageKey())
			.containsEntry("content-type", "application/json");
		assertThat(OffsetDateTime.parse(headers.get("ce_time")).toInstant()).isEqualTo(TIME.toInstant());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void decodesFromStructuredJsonWhatItEncoded(EventType type, SanctionsEvent sample) {
		CloudEvent event = this.codec.envelope(sample, SOURCE, ID, TIME, 42L);

		CloudEvent read = this.codec.fromStructuredJson(this.codec.toStructuredJson(event));

		assertThat(read.getId()).isEqualTo(ID);
		assertThat(read.getExtension(EventCodec.SEQUENCE)).isEqualTo("0000000042");
		assertThat(read.getExtension(EventCodec.PARTITION_KEY)).isEqualTo(sample.packageKey());
		assertThat(this.codec.decode(read).data()).isEqualTo(sample);
	}

	@Test
	void leavesOutTheSequenceOfAProducerThatDoesNotNumberItsEvents() {
		PositionSubmitted sample = SampleEvents.positionSubmitted();
		ProducerRecord<String, byte[]> produced = this.codec.toKafkaRecord(Topics.POSITIONS,
				this.codec.envelope(sample, URI.create("urn:desk:HU")));

		assertThat(headers(produced.headers())).doesNotContainKey("ce_sequence").containsKey("ce_id");
		assertThat(this.codec.decode(consumed(produced, produced.headers())).sequence()).isNull();
	}

	@Test
	void padsSequencesSoThatTheirTextOrderIsTheirNumericOrder() {
		assertThat(EventCodec.formatSequence(9)).isEqualTo("0000000009");
		assertThat(EventCodec.formatSequence(9)).isLessThan(EventCodec.formatSequence(10));
		assertThat(EventCodec.formatSequence(999_999_999)).isLessThan(EventCodec.formatSequence(1_000_000_000));
	}

	@Test
	void rejectsARecordWithoutCloudEventsHeadersAsUnreadable() {
		byte[] value = EventJson.mapper()
			.valueToTree(SampleEvents.positionSubmitted())
			.toString()
			.getBytes(StandardCharsets.UTF_8);
		ConsumerRecord<String, byte[]> record = consumed(
				new ProducerRecord<>(Topics.POSITIONS, SampleEvents.PACKAGE_KEY, value), new RecordHeaders());

		EventRejectedException rejection = catchThrowableOfType(EventRejectedException.class,
				() -> this.codec.decode(record));

		assertThat(rejection.kind()).isEqualTo(EventRejectedException.Kind.UNREADABLE);
		assertThat(rejection.event()).isNull();
	}

	@Test
	void rejectsAnEventOfAnUnknownTypeNamingTheType() {
		ProducerRecord<String, byte[]> produced = producedPositionSubmitted();
		Headers headers = new RecordHeaders(produced.headers().toArray());
		headers.remove("ce_type");
		headers.add("ce_type", "eu.sanctions.desk.position-withdrawn.v1".getBytes(StandardCharsets.UTF_8));

		EventRejectedException rejection = catchThrowableOfType(EventRejectedException.class,
				() -> this.codec.decode(consumed(produced, headers)));

		assertThat(rejection.kind()).isEqualTo(EventRejectedException.Kind.UNKNOWN_TYPE);
		assertThat(rejection.violations()).singleElement(STRING).contains("eu.sanctions.desk.position-withdrawn.v1");
		assertThat(rejection.event().getId()).isNotBlank();
	}

	@Test
	void rejectsDataThatBreaksTheSchemaListingTheViolation() {
		ProducerRecord<String, byte[]> produced = producedPositionSubmitted();
		ObjectNode data = EventSchemaValidationTests.json(SampleEvents.positionSubmitted());
		data.put("position", Position.NO_RESPONSE.name());
		ProducerRecord<String, byte[]> tampered = new ProducerRecord<>(produced.topic(), produced.key(),
				data.toString().getBytes(StandardCharsets.UTF_8));

		EventRejectedException rejection = catchThrowableOfType(EventRejectedException.class,
				() -> this.codec.decode(consumed(tampered, produced.headers())));

		assertThat(rejection.kind()).isEqualTo(EventRejectedException.Kind.SCHEMA_INVALID);
		assertThat(rejection.violations()).anySatisfy((violation) -> assertThat(violation).contains("position"));
		assertThat(rejection.event().getType()).isEqualTo(EventType.POSITION_SUBMITTED.type());
	}

	@Test
	void refusesToEnvelopeAnEventThatBreaksItsOwnSchema() {
		PositionSubmitted silent = new PositionSubmitted(SampleEvents.PACKAGE_KEY, SampleEvents.RENEWAL_ID, "HU",
				Position.NO_RESPONSE, null, null, "desk-HU/renewals");

		assertThatIllegalArgumentException().isThrownBy(() -> this.codec.envelope(silent, SOURCE))
			.withMessageContaining(EventType.POSITION_SUBMITTED.type());
	}

	private ProducerRecord<String, byte[]> producedPositionSubmitted() {
		return this.codec.toKafkaRecord(Topics.POSITIONS,
				this.codec.envelope(SampleEvents.positionSubmitted(), URI.create("urn:desk:HU"), ID, TIME, null));
	}

	/** What a consumer reads of a produced record: the same key, value and headers. */
	private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> produced, Headers headers) {
		return new ConsumerRecord<>(produced.topic(), 0, 0L, ConsumerRecord.NO_TIMESTAMP,
				TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, produced.key(),
				produced.value(), new RecordHeaders(headers.toArray()), Optional.empty());
	}

	private static Map<String, String> headers(Headers headers) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Header header : headers) {
			values.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
		}
		return values;
	}

}
