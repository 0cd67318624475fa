package eu.sanctions.benchmarks.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import eu.sanctions.events.Topics;

/**
 * What integrators see: {@code sanctions.renewal.events}, read from the moment the watch
 * starts, on a thread of its own, each record handed to the listeners with the instant
 * the watch received it. It reads the CloudEvents headers and leaves the data unparsed
 * until a listener asks, so that the harness takes as little of the machine's two cores
 * as it can from the system it measures.
 */
public final class RenewalTopicWatch implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final KafkaConsumer<String, byte[]> consumer;

	private final List<Consumer<RenewalEvent>> listeners = new CopyOnWriteArrayList<>();

	private final Thread thread;

	private volatile boolean running = true;

	private RenewalTopicWatch(KafkaConsumer<String, byte[]> consumer) {
		this.consumer = consumer;
		this.thread = new Thread(this::run, "renewal-topic-watch");
		this.thread.setDaemon(true);
	}

	/** Starts watching, from the end of the topic as it is now. */
	public static RenewalTopicWatch start(String bootstrapServers) {
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.CLIENT_ID_CONFIG,
						"benchmark-watch", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
						ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
				new StringDeserializer(), new ByteArrayDeserializer());
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		List<PartitionInfo> partitions = List.of();
		while (partitions.isEmpty()) {
			if (System.nanoTime() > deadline) {
				consumer.close();
				throw new IllegalStateException(Topics.RENEWAL_EVENTS + " does not exist after a minute");
			}
			partitions = consumer.partitionsFor(Topics.RENEWAL_EVENTS, Duration.ofSeconds(5));
		}
		List<TopicPartition> assigned = partitions.stream()
			.map((partition) -> new TopicPartition(partition.topic(), partition.partition()))
			.toList();
		consumer.assign(assigned);
		consumer.seekToEnd(assigned);
		assigned.forEach(consumer::position);
		RenewalTopicWatch watch = new RenewalTopicWatch(consumer);
		watch.thread.start();
		return watch;
	}

	public void listen(Consumer<RenewalEvent> listener) {
		this.listeners.add(listener);
	}

	public void stopListening(Consumer<RenewalEvent> listener) {
		this.listeners.remove(listener);
	}

	private void run() {
		try {
			while (this.running) {
				for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(200))) {
					RenewalEvent event = new RenewalEvent(header(record, "ce_type"), header(record, "ce_subject"),
							record.key(), record.value(), System.nanoTime());
					for (Consumer<RenewalEvent> listener : this.listeners) {
						listener.accept(event);
					}
				}
			}
		}
		catch (WakeupException ex) {
			// closing
		}
		finally {
			this.consumer.close(Duration.ofSeconds(2));
		}
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	@Override
	public void close() {
		this.running = false;
		this.consumer.wakeup();
		try {
			this.thread.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * An event on the renewal topic.
	 *
	 * @param type its CloudEvents type
	 * @param subject its subject: the renewal
	 * @param key the record key: the package
	 * @param value the data, JSON
	 * @param receivedNanos when the watch received it ({@link System#nanoTime()})
	 */
	public record RenewalEvent(String type, String subject, String key, byte[] value, long receivedNanos) {

		public boolean is(eu.sanctions.events.EventType eventType) {
			return eventType.type().equals(this.type);
		}

		public JsonNode data() {
			try {
				return JSON.readTree(this.value);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
