package eu.sanctions.systemtests.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.inbound.PositionSubmitted;
import eu.sanctions.events.inbound.PressureSignalReported;

/**
 * The systems outside that write to the inbound topics: a member state's desk system on
 * {@code sanctions.positions} and an analysts' tool on {@code sanctions.signals}, in
 * CloudEvents binary mode, keyed by package.
 */
public final class Kafka implements AutoCloseable {

	private final KafkaProducer<String, byte[]> producer;

	private final EventCodec codec = new EventCodec();

	public Kafka(Endpoints endpoints) {
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafka(), ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.CLIENT_ID_CONFIG, "sanctions-client"),
				new StringSerializer(), new ByteArraySerializer());
	}

	/** A desk system submits its state's position. */
	public CloudEvent submit(PositionSubmitted position) {
		MemberState desk = MemberState.fromCode(position.state()).orElse(null);
		URI source = URI.create("urn:eu-sanctions:desk:" + ((desk != null) ? desk.euCode() : position.state()));
		CloudEvent event = this.codec.envelope(position, source);
		send(this.codec.toKafkaRecord(Topics.POSITIONS, event));
		return event;
	}

	/** An analyst reports pressure on a package. */
	public CloudEvent report(PressureSignalReported signal) {
		return report(signal, OffsetDateTime.now(ZoneOffset.UTC));
	}

	/**
	 * An analyst reports pressure on a package, at a time of the caller's: the services'
	 * own, where their clock is moved.
	 */
	public CloudEvent report(PressureSignalReported signal, OffsetDateTime time) {
		CloudEvent event = this.codec.envelope(signal, URI.create("urn:eu-sanctions:analysts"),
				UUID.randomUUID().toString(), time, null);
		send(this.codec.toKafkaRecord(Topics.SIGNALS, event));
		return event;
	}

	/**
	 * What a broken sender might write: no CloudEvents headers, a value that is not JSON.
	 */
	public void sendGarbage(String topic, String key, String value) {
		send(new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8)));
	}

	private void send(ProducerRecord<String, byte[]> record) {
		try {
			this.producer.send(record).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Kafka refused the record: " + ex.getCause().getMessage(), ex);
		}
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
