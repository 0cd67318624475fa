package eu.sanctions.notification.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import eu.sanctions.events.Topics;
import eu.sanctions.events.testing.SampleEvents;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.notification.BrokerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka delivers at least once; recipients hear at most once. What is not an event of the
 * contract goes to the dead-letter topic with the reason, and the consumer goes on.
 */
class ConsumptionTest extends BrokerTest {

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Test
	void consumesInTheServicesConsumerGroupAndLearnsPackagesInOneOfItsOwn() {
		assertThat(this.listeners.getListenerContainer("notified-events").getGroupId())
			.isEqualTo("notification-service");
		assertThat(this.listeners.getListenerContainer("known-packages").getGroupId())
			.isEqualTo("notification-service-packages");
	}

	@Test
	void makesNoSecondNotificationOfARedeliveredEvent() {
		CloudEvent requested = publish(SampleEvents.positionsRequested());
		writer().send(Topics.RENEWAL_EVENTS, requested);
		CloudEvent after = publish(SampleEvents.renewalStarted());

		awaitApplied(after.getId());
		assertThat(deliveriesOf(requested.getId())).hasSize(28);
		assertThat(this.notifications.findByEventIdOrderByRecipient(requested.getId())).hasSize(27);
	}

	@Test
	void makesNoSecondNotificationOfAnEventReplayedAfterTheInboxForgotIt() {
		CloudEvent requested = publish(SampleEvents.positionsRequested());
		assertThat(deliveriesOf(requested.getId())).hasSize(28);

		this.jdbc.update("DELETE FROM event_inbox WHERE event_id = ?", requested.getId());
		writer().send(Topics.RENEWAL_EVENTS, requested);

		awaitApplied(requested.getId());
		assertThat(this.deliveries.findByEventIdOrderById(requested.getId())).hasSize(28);
		assertThat(this.notifications.findByEventIdOrderByRecipient(requested.getId())).hasSize(27);
	}

	@Test
	void deadLettersWhatIsNotAnEventOfTheContractWithTheReasonAndGoesOn() {
		String garbage = "garbage-" + UUID.randomUUID();
		String unknown = "unknown-" + UUID.randomUUID();
		String invalid = "invalid-" + UUID.randomUUID();
		writer().sendRaw(Topics.RENEWAL_EVENTS, garbage, "not a cloud event", Map.of());
		writer().sendRaw(Topics.RENEWAL_EVENTS, unknown, "{}", cloudEventHeaders("eu.sanctions.renewal.rumour.v1"));
		writer().sendRaw(Topics.RENEWAL_EVENTS, invalid, "{\"renewalId\": 42}",
				cloudEventHeaders("eu.sanctions.renewal.positions-requested.v1"));
		CloudEvent next = publish(SampleEvents.reminderDue());

		assertThat(deliveriesOf(next.getId())).hasSize(3);
		try (TopicReader deadLetters = TopicReader.of(this.bootstrapServers,
				Topics.deadLetterTopicOf(Topics.RENEWAL_EVENTS))) {
			List<ConsumerRecord<String, byte[]>> dead = deadLetters
				.awaitRecords((record) -> List.of(garbage, unknown, invalid).contains(record.key()), 3);
			assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(garbage, unknown, invalid);
			assertThat(dead).allSatisfy((record) -> assertThat(header(record, "kafka_dlt-original-topic"))
				.isEqualTo(Topics.RENEWAL_EVENTS));
			assertThat(dead).filteredOn((record) -> record.key().equals(garbage))
				.singleElement()
				.satisfies((record) -> assertThat(header(record, "kafka_dlt-exception-message"))
					.contains("Not a CloudEvent"));
			assertThat(dead).filteredOn((record) -> record.key().equals(unknown))
				.singleElement()
				.satisfies((record) -> assertThat(header(record, "kafka_dlt-exception-message"))
					.contains("Unknown event type eu.sanctions.renewal.rumour.v1"));
			assertThat(dead).filteredOn((record) -> record.key().equals(invalid))
				.singleElement()
				.satisfies((record) -> assertThat(header(record, "kafka_dlt-exception-message"))
					.contains("does not match its schema"));
		}
	}

	private static Map<String, String> cloudEventHeaders(String type) {
		return Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source",
				"urn:eu-sanctions:somebody", "ce_type", type, "content-type", "application/json");
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
