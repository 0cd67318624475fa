package eu.sanctions.events.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.cloudevents.EventCodec;

/**
 * Writes to topics as an outside system would: CloudEvents in binary mode, or raw records
 * for what a broken sender might send. Every send waits for the broker's acknowledgement.
 */
public final class TopicWriter implements AutoCloseable {

	private final KafkaProducer<String, byte[]> producer;

	private final EventCodec codec = new EventCodec();

	private TopicWriter(KafkaProducer<String, byte[]> producer) {
		this.producer = producer;
	}

	public static TopicWriter of(String bootstrapServers) {
		return new TopicWriter(new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new ByteArraySerializer()));
	}

	/** Sends an event in a fresh CloudEvent from this source, keyed by its package. */
	public CloudEvent send(String topic, SanctionsEvent event, URI source) {
		CloudEvent cloudEvent = this.codec.envelope(event, source);
		send(topic, cloudEvent);
		return cloudEvent;
	}

	/** Sends a CloudEvent as it is, e.g. a second time to simulate a redelivery. */
	public void send(String topic, CloudEvent cloudEvent) {
		sendRecord(this.codec.toKafkaRecord(topic, cloudEvent));
	}

	/**
	 * Sends a record with whatever key, value and headers a broken sender might produce.
	 */
	public void sendRaw(String topic, String key, String value, Map<String, String> headers) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key,
				(value != null) ? value.getBytes(StandardCharsets.UTF_8) : null);
		headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
		sendRecord(record);
	}

	private void sendRecord(ProducerRecord<String, byte[]> record) {
		try {
			this.producer.send(record).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The broker refused the record: " + ex.getCause().getMessage(), ex);
		}
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
