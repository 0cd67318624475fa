package eu.sanctions.events.contract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.sanctions.events.EventType;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.EventRejectedException;
import eu.sanctions.events.testing.SampleEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A record's event type, read from its {@code ce_type} header alone, so that a consumer
 * can skip what it never acts on without decoding it; what names no type of the contract
 * is left to {@link EventCodec#decode(ConsumerRecord)}, which rejects it.
 */
class EventTypeHeaderTests {

	private static final URI SOURCE = URI.create("urn:eu-sanctions:renewal-service");

	private static final byte[] NOT_JSON = "{not json".getBytes(StandardCharsets.UTF_8);

	private final EventCodec codec = new EventCodec();

	static Stream<Arguments> samples() {
		return SampleEvents.oneOfEach().stream().map((sample) -> Arguments.of(EventType.of(sample), sample));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void readsTheTypeOfEveryEventFromItsHeader(EventType type, SanctionsEvent sample) {
		ProducerRecord<String, byte[]> produced = this.codec.toKafkaRecord(type.topic(),
				this.codec.envelope(sample, SOURCE));

		assertThat(EventCodec.headerType(consumed(produced.key(), produced.value(), produced.headers())))
			.contains(type);
	}

	@Test
	void readsTheTypeWithoutReadingTheValue() {
		ProducerRecord<String, byte[]> produced = producedPositionRecorded();
		ConsumerRecord<String, byte[]> broken = consumed(produced.key(), NOT_JSON, produced.headers());

		assertThat(EventCodec.headerType(broken)).contains(EventType.POSITION_RECORDED);
		assertThat(EventCodec.headerType(consumed(produced.key(), null, produced.headers())))
			.contains(EventType.POSITION_RECORDED);
		assertThat(catchThrowableOfType(EventRejectedException.class, () -> this.codec.decode(broken)).kind())
			.as("decoding the same record still rejects it")
			.isEqualTo(EventRejectedException.Kind.SCHEMA_INVALID);
	}

	@Test
	void namesNoTypeForATypeOutsideTheContract() {
		Headers headers = new RecordHeaders(producedPositionRecorded().headers().toArray());
		headers.remove(EventCodec.TYPE_HEADER);
		headers.add(EventCodec.TYPE_HEADER, "eu.sanctions.renewal.rumour.v1".getBytes(StandardCharsets.UTF_8));
		ConsumerRecord<String, byte[]> unknown = consumed(SampleEvents.PACKAGE_KEY, NOT_JSON, headers);

		assertThat(EventCodec.headerType(unknown)).isEmpty();
		assertThat(catchThrowableOfType(EventRejectedException.class, () -> this.codec.decode(unknown)).kind())
			.isEqualTo(EventRejectedException.Kind.UNKNOWN_TYPE);
	}

	@Test
	void namesNoTypeWithoutTheHeader() {
		ConsumerRecord<String, byte[]> bare = consumed(SampleEvents.PACKAGE_KEY, NOT_JSON, new RecordHeaders());
		Headers empty = new RecordHeaders();
		empty.add(EventCodec.TYPE_HEADER, null);

		assertThat(EventCodec.headerType(bare)).isEmpty();
		assertThat(EventCodec.headerType(consumed(SampleEvents.PACKAGE_KEY, NOT_JSON, empty))).isEmpty();
		assertThat(catchThrowableOfType(EventRejectedException.class, () -> this.codec.decode(bare)).kind())
			.isEqualTo(EventRejectedException.Kind.UNREADABLE);
	}

	@Test
	void namesNoTypeOfAnEventInStructuredModeWhichOnlyDecodingReads() {
		CloudEvent event = this.codec.envelope(SampleEvents.positionRecorded(), SOURCE);
		Headers headers = new RecordHeaders();
		headers.add("content-type", EventCodec.structuredContentType().getBytes(StandardCharsets.UTF_8));
		ConsumerRecord<String, byte[]> structured = consumed(SampleEvents.PACKAGE_KEY,
				this.codec.toStructuredJson(event), headers);

		assertThat(EventCodec.headerType(structured)).isEmpty();
		assertThat(this.codec.decode(structured).type()).isEqualTo(EventType.POSITION_RECORDED);
	}

	@Test
	void readsTheLastTypeHeaderAsDecodingDoes() {
		ProducerRecord<String, byte[]> produced = producedPositionRecorded();
		Headers headers = new RecordHeaders(produced.headers().toArray());
		headers.remove(EventCodec.TYPE_HEADER);
		headers.add(EventCodec.TYPE_HEADER, EventType.EXTENSION_ADOPTED.type().getBytes(StandardCharsets.UTF_8));
		headers.add(EventCodec.TYPE_HEADER, EventType.POSITION_RECORDED.type().getBytes(StandardCharsets.UTF_8));
		ConsumerRecord<String, byte[]> twice = consumed(produced.key(), produced.value(), headers);

		assertThat(EventCodec.headerType(twice)).contains(EventType.POSITION_RECORDED);
		assertThat(this.codec.decode(twice).type()).isEqualTo(EventType.POSITION_RECORDED);
	}

	private ProducerRecord<String, byte[]> producedPositionRecorded() {
		return this.codec.toKafkaRecord(Topics.RENEWAL_EVENTS,
				this.codec.envelope(SampleEvents.positionRecorded(), SOURCE));
	}

	private static ConsumerRecord<String, byte[]> consumed(String key, byte[] value, Headers headers) {
		return new ConsumerRecord<>(Topics.RENEWAL_EVENTS, 0, 0L, ConsumerRecord.NO_TIMESTAMP,
				TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, key, value,
				new RecordHeaders(headers.toArray()), Optional.empty());
	}

}
