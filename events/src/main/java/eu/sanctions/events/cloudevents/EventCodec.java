package eu.sanctions.events.cloudevents;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

import eu.sanctions.events.EventType;
import eu.sanctions.events.SanctionsEvent;

/**
 * Turns the contract's records into CloudEvents and back. On Kafka an event travels in
 * binary mode: its attributes in {@code ce_*} headers, its data as JSON in the value,
 * keyed by its package. Reading checks the attributes, that the type is known, and that
 * the data matches the type's schema, before it maps the data to its record.
 * {@link #headerType(ConsumerRecord)} reads only the type, from its header, for a
 * consumer that decodes only the events it acts on.
 */
public final class EventCodec {

	/**
	 * CloudEvents {@code sequence} extension: the event's position in its producer's
	 * stream for the package.
	 */
	public static final String SEQUENCE = "sequence";

	/** CloudEvents {@code partitionkey} extension: the Kafka key, i.e. the package. */
	public static final String PARTITION_KEY = "partitionkey";

	/** The header that carries the CloudEvents {@code type} in Kafka's binary mode. */
	public static final String TYPE_HEADER = "ce_type";

	private static final String JSON = "application/json";

	private static final JsonFormat STRUCTURED = new JsonFormat();

	private final ObjectMapper mapper = EventJson.mapper();

	private final EventSchemas schemas;

	public EventCodec() {
		this(new EventSchemas());
	}

	public EventCodec(EventSchemas schemas) {
		this.schemas = schemas;
	}

	/**
	 * Wraps an event in a CloudEvent with a fresh id and the current time, for a producer
	 * that does not number its events (a desk's system, an analyst's tool).
	 */
	public CloudEvent envelope(SanctionsEvent event, URI source) {
		return envelope(event, source, UUID.randomUUID().toString(), OffsetDateTime.now(ZoneOffset.UTC), null);
	}

	/**
	 * Wraps an event in a CloudEvent.
	 * @param event the event
	 * @param source the producer, e.g. {@code urn:eu-sanctions:renewal-service}
	 * @param id a unique id
	 * @param time when it happened
	 * @param sequence its number in the producer's stream for the package, or
	 * {@code null}
	 * @return the CloudEvent, its data validated against the type's schema
	 */
	public CloudEvent envelope(SanctionsEvent event, URI source, String id, OffsetDateTime time, Long sequence) {
		EventType type = EventType.of(event);
		JsonNode data = this.mapper.valueToTree(event);
		List<String> violations = this.schemas.violations(type, data);
		if (!violations.isEmpty()) {
			throw new IllegalArgumentException(
					"A " + type.type() + " that breaks its own schema must not be published: " + violations);
		}
		CloudEventBuilder builder = CloudEventBuilder.v1()
			.withId(id)
			.withSource(source)
			.withType(type.type())
			.withSubject(event.subject())
			.withTime(time)
			.withDataSchema(type.dataSchema())
			.withDataContentType(JSON)
			.withExtension(PARTITION_KEY, event.packageKey())
			.withData(JSON, toBytes(data));
		if (sequence != null) {
			builder.withExtension(SEQUENCE, formatSequence(sequence));
		}
		return builder.build();
	}

	/** The Kafka record for an event in binary mode, keyed by its package. */
	public ProducerRecord<String, byte[]> toKafkaRecord(String topic, CloudEvent event) {
		Object key = event.getExtension(PARTITION_KEY);
		if (key == null) {
			throw new IllegalArgumentException("Event " + event.getId() + " has no partitionkey: it cannot be keyed");
		}
		return KafkaMessageFactory.createWriter(topic, key.toString()).writeBinary(event);
	}

	/** Reads the CloudEvent of a Kafka record, in binary or structured mode. */
	public CloudEvent readKafkaRecord(ConsumerRecord<?, byte[]> record) {
		try {
			return KafkaMessageFactory.createReader(record.headers(), record.value()).toEvent();
		}
		catch (CloudEventRWException | IllegalStateException | EventDeserializationException ex) {
			throw new EventRejectedException(EventRejectedException.Kind.UNREADABLE,
					"Not a CloudEvent: " + ex.getMessage(), null, List.of(String.valueOf(ex.getMessage())), ex);
		}
	}

	/**
	 * The event type a record's {@value #TYPE_HEADER} header names, read from that header
	 * alone: the value is not read, parsed nor validated. For a consumer that skips,
	 * undecoded, the types it never acts on; the producer validated each event against
	 * its schema before publishing it.
	 * @param record a record in binary mode
	 * @return the type; empty when the header is missing (a record in structured mode, or
	 * not a CloudEvent) or names no type of the contract, which only
	 * {@link #decode(ConsumerRecord)} can tell apart and reject
	 */
	public static Optional<EventType> headerType(ConsumerRecord<?, ?> record) {
		Header header = record.headers().lastHeader(TYPE_HEADER);
		if (header == null || header.value() == null) {
			return Optional.empty();
		}
		return EventType.ofType(new String(header.value(), StandardCharsets.UTF_8));
	}

	/**
	 * Reads, validates and maps a Kafka record, and checks that it is keyed by the
	 * package its data names: a record keyed otherwise would land in another package's
	 * partition and break that package's order.
	 */
	public ReceivedEvent decode(ConsumerRecord<?, byte[]> record) {
		return decode(record, readKafkaRecord(record));
	}

	/**
	 * As {@link #decode(ConsumerRecord)}, for a record whose CloudEvent the caller has
	 * already read with {@link #readKafkaRecord(ConsumerRecord)}: the record is not read
	 * again.
	 */
	public ReceivedEvent decode(ConsumerRecord<?, ?> record, CloudEvent event) {
		ReceivedEvent received = decode(event);
		if (record.key() != null && !record.key().equals(received.data().packageKey())) {
			throw new EventRejectedException(EventRejectedException.Kind.SCHEMA_INVALID,
					"The record key " + record.key() + " is not the package of the data, "
							+ received.data().packageKey(),
					event, List.of("key " + record.key() + " differs from packageKey " + received.data().packageKey()),
					null);
		}
		return received;
	}

	/**
	 * Validates a CloudEvent and maps its data to the contract's record.
	 * @throws EventRejectedException when the type is unknown or the data does not match
	 * its schema
	 */
	public ReceivedEvent decode(CloudEvent event) {
		EventType type = EventType.ofType(event.getType())
			.orElseThrow(() -> new EventRejectedException(EventRejectedException.Kind.UNKNOWN_TYPE,
					"Unknown event type " + event.getType(), event, List.of("unknown type " + event.getType()), null));
		JsonNode data = readData(event);
		List<String> violations = this.schemas.violations(type, data);
		if (!violations.isEmpty()) {
			throw new EventRejectedException(EventRejectedException.Kind.SCHEMA_INVALID,
					type.type() + " does not match its schema: " + String.join("; ", violations), event, violations,
					null);
		}
		try {
			SanctionsEvent record = this.mapper.treeToValue(data, type.recordType());
			return new ReceivedEvent(event.getId(), event.getSource(), type, event.getSubject(), event.getTime(),
					sequenceOf(event), record);
		}
		catch (JsonProcessingException | IllegalArgumentException ex) {
			throw new EventRejectedException(EventRejectedException.Kind.SCHEMA_INVALID,
					type.type() + " cannot be read: " + ex.getMessage(), event,
					List.of(String.valueOf(ex.getMessage())), ex);
		}
	}

	/**
	 * Reads the data of an event as JSON, whatever its type; for telling a sender what it
	 * sent.
	 */
	public JsonNode readData(CloudEvent event) {
		if (event.getData() == null) {
			throw new EventRejectedException(EventRejectedException.Kind.SCHEMA_INVALID, "The event has no data", event,
					List.of("data is missing"), null);
		}
		try {
			return this.mapper.readTree(event.getData().toBytes());
		}
		catch (IOException ex) {
			throw new EventRejectedException(EventRejectedException.Kind.SCHEMA_INVALID,
					"The event's data is not JSON: " + ex.getMessage(), event, List.of("data is not JSON"), ex);
		}
	}

	/**
	 * The event in structured mode ({@code application/cloudevents+json}): for webhooks
	 * and the outbox.
	 */
	public byte[] toStructuredJson(CloudEvent event) {
		return STRUCTURED.serialize(event);
	}

	public CloudEvent fromStructuredJson(byte[] json) {
		return STRUCTURED.deserialize(json);
	}

	/** The media type of {@link #toStructuredJson(CloudEvent)}. */
	public static String structuredContentType() {
		return JsonFormat.CONTENT_TYPE;
	}

	/**
	 * Sequences are strings in CloudEvents (the {@code sequence} extension compares them
	 * lexicographically), so they are zero-padded to a fixed width: lexicographic order
	 * is numeric order.
	 */
	public static String formatSequence(long sequence) {
		if (sequence < 1) {
			throw new IllegalArgumentException("Sequences start at 1, not " + sequence);
		}
		return String.format("%010d", sequence);
	}

	/**
	 * The event's sequence number; {@code null} when the producer does not number its
	 * events.
	 * @throws EventRejectedException when the {@code sequence} attribute is there but is
	 * not a number
	 */
	public static Long sequenceOf(CloudEvent event) {
		Object value = event.getExtension(SEQUENCE);
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value.toString());
		}
		catch (NumberFormatException ex) {
			throw new EventRejectedException(EventRejectedException.Kind.SCHEMA_INVALID,
					"The sequence " + value + " is not a number", event, List.of("sequence is not a number"), ex);
		}
	}

	private byte[] toBytes(JsonNode data) {
		try {
			return this.mapper.writeValueAsBytes(data);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
