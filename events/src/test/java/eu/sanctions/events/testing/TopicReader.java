package eu.sanctions.events.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import eu.sanctions.events.EventType;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.ReceivedEvent;

/**
 * Reads a topic from its beginning, as an integrator would, in a consumer group of its
 * own. Waits for records with Awaitility, never by sleeping.
 */
public final class TopicReader implements AutoCloseable {

	private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

	private final KafkaConsumer<String, byte[]> consumer;

	private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();

	private final EventCodec codec = new EventCodec();

	private TopicReader(KafkaConsumer<String, byte[]> consumer) {
		this.consumer = consumer;
	}

	public static TopicReader of(String bootstrapServers, String topic) {
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"test-reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ISOLATION_LEVEL_CONFIG,
						"read_committed", ConsumerConfig.METADATA_MAX_AGE_CONFIG, 500),
				new StringDeserializer(), new ByteArrayDeserializer());
		consumer.subscribe(List.of(topic));
		return new TopicReader(consumer);
	}

	/** Every record read so far, after polling for new ones once. */
	public synchronized List<ConsumerRecord<String, byte[]>> records() {
		this.consumer.poll(Duration.ofMillis(200)).forEach(this.records::add);
		return List.copyOf(this.records);
	}

	/** The records of one key, in the order of the topic. */
	public List<ConsumerRecord<String, byte[]>> records(String key) {
		return records().stream().filter((record) -> Objects.equals(key, record.key())).toList();
	}

	/** The events of one key, decoded and validated, in the order of the topic. */
	public List<ReceivedEvent> events(String key) {
		return records(key).stream().map(this.codec::decode).toList();
	}

	/** Waits until the key has at least this many records, and returns them all. */
	public List<ConsumerRecord<String, byte[]>> awaitRecords(String key, int count) {
		return awaitRecords((record) -> Objects.equals(key, record.key()), count);
	}

	public List<ConsumerRecord<String, byte[]>> awaitRecords(Predicate<ConsumerRecord<String, byte[]>> filter,
			int count) {
		return Awaitility.await()
			.atMost(DEFAULT_WAIT)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> records().stream().filter(filter).toList(), (found) -> found.size() >= count);
	}

	/** Waits until the key has an event of this type, and returns the first one. */
	public ReceivedEvent awaitEvent(String key, EventType type) {
		return Awaitility.await()
			.atMost(DEFAULT_WAIT)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> events(key).stream().filter((event) -> event.type() == type).findFirst(),
					java.util.Optional::isPresent)
			.orElseThrow();
	}

	/**
	 * Waits until the key has at least this many events, and returns them all, decoded.
	 */
	public List<ReceivedEvent> awaitEvents(String key, int count) {
		return awaitRecords(key, count).stream().map(this.codec::decode).toList();
	}

	/**
	 * The events of one key among every record on the topic now: it reads up to the end
	 * of each partition as it stands when called, so that no record sent before is
	 * missing (a copy sent twice, say).
	 */
	public List<ReceivedEvent> eventsUpToNow(String key) {
		recordsUpToNow();
		return events(key);
	}

	/**
	 * Every record on the topic now, undecoded: it reads up to the end of each partition
	 * as it stands when called, so that no record sent before is missing.
	 */
	public List<ConsumerRecord<String, byte[]>> recordsUpToNow() {
		Map<TopicPartition, Long> ends = Awaitility.await()
			.atMost(DEFAULT_WAIT)
			.pollInterval(Duration.ofMillis(50))
			.until(this::endOffsetsOnceAssigned, Objects::nonNull);
		Awaitility.await().atMost(DEFAULT_WAIT).pollInterval(Duration.ofMillis(50)).until(() -> readUpTo(ends));
		return records();
	}

	private synchronized Map<TopicPartition, Long> endOffsetsOnceAssigned() {
		records();
		Set<TopicPartition> assigned = this.consumer.assignment();
		return assigned.isEmpty() ? null : this.consumer.endOffsets(assigned);
	}

	private synchronized boolean readUpTo(Map<TopicPartition, Long> ends) {
		records();
		return ends.entrySet().stream().allMatch((end) -> this.consumer.position(end.getKey()) >= end.getValue());
	}

	@Override
	public void close() {
		this.consumer.close(Duration.ofSeconds(2));
	}

}
