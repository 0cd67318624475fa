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

	private volatile EmbeddedKafkaKraftBroker embedded;

	private final int embeddedPort;

	private final String bootstrapServers;

	private KafkaTestBroker(KafkaContainer container, EmbeddedKafkaKraftBroker embedded, int embeddedPort,
			String bootstrapServers) {
		this.container = container;
		this.embedded = embedded;
		this.embeddedPort = embeddedPort;
		this.bootstrapServers = bootstrapServers;
	}

	/** Starts a broker of the kind this machine can run. */
	public static KafkaTestBroker start() {
		if (Docker.isAvailable()) {
			String image = System.getProperty("sanctions.test.kafka-image", "apache/kafka:4.1.1");
			KafkaContainer container = new KafkaContainer(DockerImageName.parse(image));
			container.start();
			log.info("Kafka for tests: Testcontainers {} at {}", image, container.getBootstrapServers());
			return new KafkaTestBroker(container, null, 0, container.getBootstrapServers());
		}
		int port = freePort();
		EmbeddedKafkaKraftBroker embedded = embedded(port);
		log.info("Kafka for tests: no Docker engine, so spring-kafka-test's in-JVM KRaft broker at {}",
				embedded.getBrokersAsString());
		return new KafkaTestBroker(null, embedded, port, embedded.getBrokersAsString());
	}

	/**
	 * Takes the broker away until the returned outage is closed; it comes back at the
	 * same address. A container is paused and keeps its data; the in-JVM broker is
	 * stopped and a new, empty one started on the same port, so after an outage only what
	 * was sent during and after it is on the topics.
	 */
	public Outage outage() {
		if (this.container != null) {
			String id = this.container.getContainerId();
			this.container.getDockerClient().pauseContainerCmd(id).exec();
			log.info("Kafka for tests: container paused");
			return () -> {
				this.container.getDockerClient().unpauseContainerCmd(id).exec();
				log.info("Kafka for tests: container back");
			};
		}
		this.embedded.destroy();
		log.info("Kafka for tests: in-JVM broker stopped");
		return () -> {
			this.embedded = embedded(this.embeddedPort);
			log.info("Kafka for tests: in-JVM broker back at {}", this.embedded.getBrokersAsString());
		};
	}

	/** A broker outage; closing it brings the broker back. */
	public interface Outage extends AutoCloseable {

		@Override
		void close();

	}

	private static EmbeddedKafkaKraftBroker embedded(int port) {
		EmbeddedKafkaKraftBroker embedded = new EmbeddedKafkaKraftBroker(1, 3);
		// A fixed client port (the test kit's listener names), so that a broker restarted
		// after an outage is
		// found where the clients left it; kafkaPorts() is not honoured by the KRaft test
		// kit.
		embedded.brokerProperties(Map.of("listeners", "EXTERNAL://localhost:" + port + ",CONTROLLER://localhost:0",
				"auto.create.topics.enable", "true", "group.initial.rebalance.delay.ms", "0",
				"offsets.topic.num.partitions", "5"));
		embedded.afterPropertiesSet();
		return embedded;
	}

	private static int freePort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
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
