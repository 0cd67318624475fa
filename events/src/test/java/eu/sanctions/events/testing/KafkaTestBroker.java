package eu.sanctions.events.testing;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A real Kafka broker for a test: an Apache Kafka container where a Docker engine is
 * available, otherwise spring-kafka-test's in-JVM KRaft broker. Both are real brokers
 * with the real protocol; nothing is mocked. It logs which one it chose.
 */
public final class KafkaTestBroker implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(KafkaTestBroker.class);

	private final KafkaContainer container;

	private final EmbeddedKafkaKraftBroker embedded;

	private final String bootstrapServers;

	private KafkaTestBroker(KafkaContainer container, EmbeddedKafkaKraftBroker embedded, String bootstrapServers) {
		this.container = container;
		this.embedded = embedded;
		this.bootstrapServers = bootstrapServers;
	}

	/** Starts a broker of the kind this machine can run. */
	public static KafkaTestBroker start() {
		if (Docker.isAvailable()) {
			String image = System.getProperty("sanctions.test.kafka-image", "apache/kafka:4.1.1");
			KafkaContainer container = new KafkaContainer(DockerImageName.parse(image));
			container.start();
			log.info("Kafka for tests: Testcontainers {} at {}", image, container.getBootstrapServers());
			return new KafkaTestBroker(container, null, container.getBootstrapServers());
		}
		EmbeddedKafkaKraftBroker embedded = new EmbeddedKafkaKraftBroker(1, 3);
		embedded.brokerProperties(Map.of("auto.create.topics.enable", "true", "group.initial.rebalance.delay.ms", "0",
				"offsets.topic.num.partitions", "5"));
		embedded.afterPropertiesSet();
		log.info("Kafka for tests: no Docker engine, so spring-kafka-test's in-JVM KRaft broker at {}",
				embedded.getBrokersAsString());
		return new KafkaTestBroker(null, embedded, embedded.getBrokersAsString());
	}

	public String bootstrapServers() {
		return this.bootstrapServers;
	}

	/** Which kind of broker runs: {@code container} or {@code in-jvm-kraft}. */
	public String kind() {
		return (this.container != null) ? "container" : "in-jvm-kraft";
	}

	@Override
	public void close() {
		if (this.container != null) {
			this.container.stop();
		}
		if (this.embedded != null) {
			this.embedded.destroy();
		}
	}

	/** Whether Testcontainers finds a Docker engine; asked once per JVM. */
	static final class Docker {

		private static Boolean available;

		private Docker() {
		}

		static synchronized boolean isAvailable() {
			if (available == null) {
				boolean found;
				try {
					found = DockerClientFactory.instance().isDockerAvailable();
				}
				catch (RuntimeException ex) {
					found = false;
				}
				available = found;
			}
			return available;
		}

	}

}
