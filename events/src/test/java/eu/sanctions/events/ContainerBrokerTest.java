package eu.sanctions.events;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.testing.SampleEvents;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.events.testing.TopicWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our clients against the exact broker image of the stack and of docker-compose.yml,
 * where a Docker engine runs. Without one it is skipped; KafkaBindingTest covers the same
 * against the in-JVM KRaft broker.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerBrokerTest {

	@Container
	static final KafkaContainer kafka = new KafkaContainer(
			DockerImageName.parse(System.getProperty("sanctions.test.kafka-image", "apache/kafka:4.1.1")));

	@Test
	void carriesAnEventThroughTheStacksBrokerVersion() {
		try (TopicWriter writer = TopicWriter.of(kafka.getBootstrapServers());
				TopicReader reader = TopicReader.of(kafka.getBootstrapServers(), Topics.POSITIONS)) {
			writer.send(Topics.POSITIONS, SampleEvents.positionSubmitted(), URI.create("urn:eu-sanctions:desk:LT"));
			assertThat(reader.awaitEvents(SampleEvents.PACKAGE_KEY, 1)).extracting(ReceivedEvent::data)
				.containsExactly(SampleEvents.positionSubmitted());
		}
	}

}
