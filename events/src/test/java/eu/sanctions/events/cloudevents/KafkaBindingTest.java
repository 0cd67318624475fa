package eu.sanctions.events.cloudevents;

import java.net.URI;
import java.util.List;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Topics;
import eu.sanctions.events.testing.KafkaTestBroker;
import eu.sanctions.events.testing.SampleEvents;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.events.testing.TopicWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events cross a real broker in binary mode and come back as they left. */
class KafkaBindingTest {

	private static final URI DESK = URI.create("urn:eu-sanctions:desk:LT");

	private static KafkaTestBroker broker;

	private final EventCodec codec = new EventCodec();

	@BeforeAll
	static void startBroker() {
		broker = KafkaTestBroker.start();
	}

	@AfterAll
	static void stopBroker() {
		broker.close();
	}

	@Test
	void carriesEveryEventTypeThroughTheBrokerUnchanged() {
		String topic = "binding-" + System.nanoTime();
		try (TopicWriter writer = TopicWriter.of(broker.bootstrapServers());
				TopicReader reader = TopicReader.of(broker.bootstrapServers(), topic)) {
			SampleEvents.oneOfEach().forEach((event) -> writer.send(topic, event, DESK));
			List<ReceivedEvent> received = reader.awaitEvents(SampleEvents.PACKAGE_KEY, EventType.values().length);
			assertThat(received).extracting(ReceivedEvent::data).containsExactlyElementsOf(SampleEvents.oneOfEach());
			assertThat(reader.records(SampleEvents.PACKAGE_KEY)).allSatisfy((record) -> {
				assertThat(record.headers().lastHeader("ce_specversion").value()).asString().isEqualTo("1.0");
				assertThat(record.headers().lastHeader("content-type").value()).asString()
					.isEqualTo("application/json");
			});
		}
	}

	@Test
	void refusesARecordKeyedByAnotherPackageThanItsData() {
		CloudEvent event = this.codec.envelope(SampleEvents.positionSubmitted(), DESK);
		ProducerRecord<String, byte[]> sent = this.codec.toKafkaRecord(Topics.POSITIONS, event);
		ConsumerRecord<String, byte[]> misKeyed = new ConsumerRecord<>(Topics.POSITIONS, 0, 0, "EU-RUS", sent.value());
		sent.headers().forEach((header) -> misKeyed.headers().add(header));

		assertThatThrownBy(() -> this.codec.decode(misKeyed)).isInstanceOfSatisfying(EventRejectedException.class,
				(ex) -> {
					assertThat(ex.kind()).isEqualTo(EventRejectedException.Kind.SCHEMA_INVALID);
					assertThat(ex.violations()).singleElement().asString().contains("EU-RUS");
				});
	}

	@Test
	void refusesAMalformedSequence() {
		CloudEvent event = io.cloudevents.core.builder.CloudEventBuilder
			.v1(this.codec.envelope(SampleEvents.positionRecorded(), DESK))
			.withExtension(EventCodec.SEQUENCE, "twelve")
			.build();
		assertThatThrownBy(() -> this.codec.decode(event)).isInstanceOf(EventRejectedException.class)
			.hasMessageContaining("twelve");
	}

}
