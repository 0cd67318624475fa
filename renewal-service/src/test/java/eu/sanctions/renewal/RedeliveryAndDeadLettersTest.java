package eu.sanctions.renewal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Position;
import eu.sanctions.events.Topics;
import eu.sanctions.events.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka delivers at least once, and not everything on a topic is an event: a redelivered
 * event is applied once, and a record that cannot even be read goes to the dead-letter
 * topic with the reason in its headers, while the records after it are processed.
 */
class RedeliveryAndDeadLettersTest extends EmbeddedServiceTest {

	@Test
	void recordsARedeliveredPositionOnce() {
		String packageKey = newPackageKey();
		LocalDate expiry = today().plusMonths(3);
		String renewalId = packageKey + ":" + expiry;
		TopicReader integrator = renewalEvents();
		CloudEvent due = renewalDue(packageKey, expiry);
		writer().send(Topics.REGISTRY_EVENTS, due);
		awaitRenewal(renewalId);
		reviewExtending(renewalId, expiry.plusYears(1), expiry.minusDays(20));

		CloudEvent position = positionOnKafka(renewalId, "LT", Position.SUPPORT);
		writer().send(Topics.POSITIONS, position);
		writer().send(Topics.POSITIONS, position);
		CloudEvent next = positionOnKafka(renewalId, "PL", Position.SUPPORT);

		JsonNode renewal = awaitRenewal(renewalId, (detail) -> detail.path("positions").size() == 2);
		assertThat(PositionRaceTest.stateOf(renewal, "LT").path("history")).hasSize(1);
		assertThat(integrator.awaitEvents(packageKey, 6)).extracting((event) -> event.type())
			.containsExactly(EventType.RENEWAL_STARTED, EventType.REVIEW_COMPLETED, EventType.POSITIONS_REQUESTED,
					EventType.VETO_RISK_ASSESSED, EventType.POSITION_RECORDED, EventType.POSITION_RECORDED);
		assertThat(inboxed("renewal-positions", position.getId())).isEqualTo(1);
		assertThat(inboxed("renewal-positions", next.getId())).isEqualTo(1);
		assertThat(inboxed("renewal-registry-events", due.getId())).isEqualTo(1);
	}

	@Test
	void sendsAnUnreadableRecordToTheDeadLetterTopicAndGoesOn() {
		String packageKey = newPackageKey();
		LocalDate expiry = today().plusMonths(3);
		String renewalId = packageKey + ":" + expiry;
		TopicReader deadLetters = reader(Topics.deadLetterTopicOf(Topics.POSITIONS));
		renewalDue(packageKey, expiry);
		awaitRenewal(renewalId);
		reviewExtending(renewalId, expiry.plusYears(1), expiry.minusDays(20));

		writer().sendRaw(Topics.POSITIONS, packageKey, "this is not a CloudEvent", Map.of());
		positionOnKafka(renewalId, "LT", Position.SUPPORT);

		awaitRenewal(renewalId, (detail) -> detail.path("positions").size() == 1);
		ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(packageKey, 1).get(0);
		assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("this is not a CloudEvent");
		assertThat(header(dead, "kafka_dlt-exception-fqcn")).endsWith("EventRejectedException");
		assertThat(header(dead, "kafka_dlt-exception-message")).contains("Not a CloudEvent");
		assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.POSITIONS);
	}

	@Test
	void startsOneRenewalHoweverOftenTheRegistrySaysItIsDue() {
		StartedRenewal started = renewalInReview();
		String packageKey = started.packageKey();
		LocalDate expiry = started.expiry();
		String renewalId = started.renewalId();
		TopicReader integrator = renewalEvents();

		String again = renewalDue(packageKey, expiry).getId();

		JsonNode renewal = awaitRenewal(renewalId,
				(detail) -> PositionRaceTest.timelineTypes(detail).contains("renewal-due-ignored"));
		assertThat(renewal.path("timeline").findValuesAsText("eventId")).contains(again);
		assertThat(tasks("staff", renewalId, "review")).hasSize(1);
		assertThat(types(integrator.events(packageKey))).containsExactly(EventType.RENEWAL_STARTED);
		assertThat(get("staff", "/api/renewals?packageKey=" + packageKey).getBody()).hasSize(1);
	}

	@Test
	void acknowledgesRegistryAnswersThatNoRenewalWaitsFor() {
		StartedRenewal started = renewalInReview();
		String packageKey = started.packageKey();
		LocalDate expiry = started.expiry();
		String renewalId = started.renewalId();
		TopicReader integrator = renewalEvents();

		String early = measuresExtended(renewalId, expiry, expiry.plusYears(1)).getId();

		JsonNode renewal = awaitRenewal(renewalId,
				(detail) -> PositionRaceTest.timelineTypes(detail).contains("measures-extended-ignored"));
		assertThat(renewal.path("timeline").findValuesAsText("eventId")).contains(early);
		assertThat(renewal.path("status").asText()).isEqualTo("OPEN");
		assertThat(tasks("staff", renewalId, "review")).hasSize(1);
		assertThat(types(integrator.events(packageKey))).containsExactly(EventType.RENEWAL_STARTED);
		assertThat(inboxed("renewal-registry-events", early)).isEqualTo(1);
	}

	private long inboxed(String consumer, String eventId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM event_inbox WHERE consumer = ? AND event_id = ?")
			.params(consumer, eventId)
			.query(Long.class)
			.single();
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
