package eu.sanctions.benchmarks.system;

import java.net.URI;
import java.util.Map;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.inbound.PositionSubmitted;

/**
 * The desks' systems on {@code sanctions.positions}: positions as CloudEvents in binary
 * mode, keyed by package, sent without waiting for each acknowledgement (a desk system
 * does not wait for the others). Records are built before they are timed, so that the
 * harness's encoding is not counted as the system's time.
 */
final class Desks implements AutoCloseable {

	private final EventCodec codec = new EventCodec();

	private final KafkaProducer<String, byte[]> producer;

	Desks(String bootstrapServers) {
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.LINGER_MS_CONFIG, 0, ProducerConfig.CLIENT_ID_CONFIG, "benchmark-desks"),
				new StringSerializer(), new ByteArraySerializer());
	}

	/** A state's desk system supports a renewal; {@code submittedBy} marks the record. */
	ProducerRecord<String, byte[]> support(String packageKey, String renewalId, MemberState state, String submittedBy) {
		PositionSubmitted position = new PositionSubmitted(packageKey, renewalId, state.euCode(), Position.SUPPORT,
				null, null, submittedBy);
		CloudEvent event = this.codec.envelope(position, URI.create("urn:eu-sanctions:desk:" + state.euCode()));
		return this.codec.toKafkaRecord(Topics.POSITIONS, event);
	}

	void send(ProducerRecord<String, byte[]> record) {
		this.producer.send(record, (metadata, failure) -> {
			if (failure != null) {
				System.err.println("Kafka refused a position: " + failure.getMessage());
			}
		});
	}

	void flush() {
		this.producer.flush();
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
