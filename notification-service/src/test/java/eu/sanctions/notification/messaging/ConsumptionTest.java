package eu.sanctions.notification.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.testing.SampleEvents;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.notification.BrokerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka delivers at least once; recipients hear at most once. What is not an event of the
 * contract goes to the dead-letter topic with the reason, and the consumer goes on; an
 * event of a type no rule routes is acknowledged unread.
 */
class ConsumptionTest extends BrokerTest {

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private MeterRegistry meters;

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
		// A routed event (one that is not is never in the inbox): same key, same
		// partition, so once it is applied the redelivery was read.
		CloudEvent after = publish(SampleEvents.reminderDue());

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
	void waitsOutADatabaseThatRefusesForLongerThanItUsedToAndNotifiesOnceItIsBack() throws Exception {
		EventCodec codec = new EventCodec();
		CloudEvent requested = codec.envelope(SampleEvents.positionsRequested(), SOURCE);
		double failedBefore = passingFailures();
		try (Connection otherNode = this.dataSource.getConnection()) {
			otherNode.setAutoCommit(false);
			// Another transaction holds the event's inbox entry, uncommitted: every try
			// to
			// record it times out waiting for it.
			try (PreparedStatement hold = otherNode.prepareStatement(
					"INSERT INTO event_inbox (consumer, event_id, processed_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
				hold.setString(1, "notification-service");
				hold.setString(2, requested.getId());
				hold.executeUpdate();
			}
			writer().send(Topics.RENEWAL_EVENTS, requested);

			// More tries than the old policy made (five in about three seconds of waits)
			// before it set the event aside.
			await().atMost(Duration.ofSeconds(90)).until(() -> passingFailures() - failedBefore >= 7);
			otherNode.rollback();
		}

		assertThat(deliveriesOf(requested.getId())).hasSize(28);
		assertThat(this.notifications.findByEventIdOrderByRecipient(requested.getId())).hasSize(27);
		try (TopicReader deadLetters = TopicReader.of(this.bootstrapServers,
				Topics.deadLetterTopicOf(Topics.RENEWAL_EVENTS))) {
			// Read to the end of the dead-letter topic as it stands, so that "none" means
			// none.
			assertThat(deadLetters.recordsUpToNow())
				.noneMatch((record) -> requested.getId().equals(header(record, "ce_id")));
		}
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

	@Test
	void acknowledgesUnreadAnEventOfATypeNoRuleRoutesAndGoesOn() {
		String position = UUID.randomUUID().toString();
		String due = UUID.randomUUID().toString();
		// Data that breaks the schema of its type: decoded, it would be dead-lettered;
		// its header says that no rule routes the type.
		writer().sendRaw(Topics.RENEWAL_EVENTS, SampleEvents.PACKAGE_KEY, "{\"renewalId\": 42}",
				cloudEventHeaders(EventType.POSITION_RECORDED.type(), position));
		writer().sendRaw(Topics.REGISTRY_EVENTS, SampleEvents.PACKAGE_KEY, "{\"renewalId\": 42}",
				cloudEventHeaders(EventType.RENEWAL_DUE.type(), due));
		// Same key, same partition of each topic: once these are applied, those were
		// read.
		CloudEvent reminder = publish(SampleEvents.reminderDue());
		CloudEvent extended = publish(SampleEvents.measuresExtended());

		assertThat(deliveriesOf(reminder.getId())).hasSize(3);
		assertThat(deliveriesOf(extended.getId())).isNotEmpty();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM event_inbox WHERE event_id IN (?, ?)", Integer.class,
				position, due))
			.as("skipped before the inbox")
			.isZero();
		assertThat(deadLettersUpToNow(Topics.RENEWAL_EVENTS))
			.noneMatch((record) -> position.equals(header(record, "ce_id")));
		assertThat(deadLettersUpToNow(Topics.REGISTRY_EVENTS))
			.noneMatch((record) -> due.equals(header(record, "ce_id")));
	}

	private List<ConsumerRecord<String, byte[]>> deadLettersUpToNow(String topic) {
		try (TopicReader deadLetters = TopicReader.of(this.bootstrapServers, Topics.deadLetterTopicOf(topic))) {
			return deadLetters.recordsUpToNow();
		}
	}

	private double passingFailures() {
		Counter counter = this.meters.find("sanctions.kafka.consumer.failures")
			.tags("topic", Topics.RENEWAL_EVENTS, "kind", "passing")
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static Map<String, String> cloudEventHeaders(String type) {
		return cloudEventHeaders(type, UUID.randomUUID().toString());
	}

	private static Map<String, String> cloudEventHeaders(String type, String id) {
		return Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "urn:eu-sanctions:somebody", "ce_type", type,
				"content-type", "application/json");
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
