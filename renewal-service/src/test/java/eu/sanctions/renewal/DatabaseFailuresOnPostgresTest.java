package eu.sanctions.renewal;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import eu.sanctions.events.Position;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.inbox.ConsumerRetries;
import eu.sanctions.events.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a failure of the database does to a record or a request, on PostgreSQL: one that
 * may pass holds a position back for as long as it lasts, and the position is applied
 * once the database takes it again; one that will not (a bug) sends the position to the
 * dead-letter topic after a few tries, counted from when it became one; each failed try
 * is counted by kind in {@value ConsumerRetries#FAILURES}; a REST request whose changes
 * collide on every attempt is answered 503, to try again. (A start that meets another
 * start of the same renewal: {@link StartRaceScenarios}.)
 */
class DatabaseFailuresOnPostgresTest extends ProductionLikeServiceTest {

	/** {@code sanctions.kafka.consumer-retry.tries-of-a-bug}, by default. */
	private static final int TRIES_OF_A_BUG = 3;

	/**
	 * PostgreSQL's "statement cancelled" (a statement timeout): a failure that passes.
	 */
	private static final String QUERY_CANCELED = "57014";

	/** PostgreSQL's "check violation": a failure that will not pass, a bug. */
	private static final String CHECK_VIOLATION = "23514";

	private static final String SERIALIZATION_FAILURE = "40001";

	@Autowired
	MeterRegistry meters;

	@Test
	void appliesAPositionOnceTheDatabaseTakesItAgainHoweverOftenItWasRefused() {
		StartedRenewal started = renewalCollectingPositions();
		String renewalId = started.renewalId();
		TopicReader deadLetters = reader(Topics.deadLetterTopicOf(Topics.POSITIONS));
		double failedBefore = failedTries("passing");

		try (RefusedInserts fault = RefusedInserts.of(this.jdbc, "event_outbox", "record_key", started.packageKey(),
				QUERY_CANCELED)) {
			positionOnKafka(renewalId, "HU", Position.OPPOSE);
			Awaitility.await().atMost(WAIT).until(fault::refusals, (refusals) -> refusals >= 3L * TRIES_OF_A_BUG);
			Awaitility.await()
				.atMost(WAIT)
				.untilAsserted(() -> assertThat(failedTries("passing") - failedBefore)
					.isGreaterThanOrEqualTo(3.0 * TRIES_OF_A_BUG));
			assertThat(get("staff", "/api/renewals/" + renewalId).getBody().path("positions")).isEmpty();
		}

		JsonNode renewal = awaitRenewal(renewalId, (detail) -> detail.path("positions").size() == 1);
		JsonNode hungary = stateOf(renewal, "HU");
		assertThat(hungary.path("position").asText()).isEqualTo("OPPOSE");
		assertThat(hungary.path("history")).hasSize(1);
		assertThat(deadLetters.records(started.packageKey())).as("a failure that passes is no dead letter").isEmpty();
	}

	@Test
	void sendsAPositionWhoseProcessingFailsForABugToTheDeadLetterTopicAfterAFewTries() {
		StartedRenewal started = renewalCollectingPositions();
		String packageKey = started.packageKey();
		String renewalId = started.renewalId();
		TopicReader deadLetters = reader(Topics.deadLetterTopicOf(Topics.POSITIONS));
		double failedBefore = failedTries("not-passing");

		CloudEvent hungary;
		try (RefusedInserts fault = RefusedInserts.of(this.jdbc, "event_outbox", "record_key", packageKey,
				CHECK_VIOLATION)) {
			hungary = positionOnKafka(renewalId, "HU", Position.OPPOSE);
			ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(packageKey, 1).get(0);
			assertThat(new EventCodec().readKafkaRecord(dead).getId()).isEqualTo(hungary.getId());
			assertThat(header(dead, "kafka_dlt-exception-message")).isNotBlank();
			assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.POSITIONS);
			assertThat(fault.refusals()).as("tried %s times in all", TRIES_OF_A_BUG).isEqualTo(TRIES_OF_A_BUG);
			assertThat(failedTries("not-passing") - failedBefore).as("each failed try counted")
				.isEqualTo(TRIES_OF_A_BUG);
		}

		// The partition goes on: a later position of the package is applied, the one
		// given up is not.
		positionOnKafka(renewalId, "LT", Position.SUPPORT);
		JsonNode renewal = awaitRenewal(renewalId, (detail) -> detail.path("positions").size() == 1);
		assertThat(stateOf(renewal, "LT").path("position").asText()).isEqualTo("SUPPORT");
	}

	@Test
	void givesUpOnAPositionAfterAFewTriesOnceAFailureThatMayPassTurnsIntoABug() {
		StartedRenewal started = renewalCollectingPositions();
		String packageKey = started.packageKey();
		TopicReader deadLetters = reader(Topics.deadLetterTopicOf(Topics.POSITIONS));
		double failedBefore = failedTries("not-passing");

		try (RefusedInserts fault = RefusedInserts.of(this.jdbc, "event_outbox", "record_key", packageKey,
				QUERY_CANCELED)) {
			CloudEvent hungary = positionOnKafka(started.renewalId(), "HU", Position.OPPOSE);
			// Tried more often than a bug would be: the waits are those of a failure
			// that may pass, which have no end.
			Awaitility.await().atMost(WAIT).until(fault::refusals, (refusals) -> refusals > TRIES_OF_A_BUG);
			fault.refuseWith(CHECK_VIOLATION);

			ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(packageKey, 1).get(0);
			assertThat(new EventCodec().readKafkaRecord(dead).getId()).isEqualTo(hungary.getId());
			assertThat(failedTries("not-passing") - failedBefore).as("tried %s times in all as a bug", TRIES_OF_A_BUG)
				.isEqualTo(TRIES_OF_A_BUG);
		}
	}

	@Test
	void answers503WithRetryAfterWhenTheChangesCollideOnEveryAttempt() {
		StartedRenewal started = renewalCollectingPositions();
		String renewalId = started.renewalId();

		try (RefusedInserts fault = RefusedInserts.of(this.jdbc, "event_outbox", "record_key", started.packageKey(),
				SERIALIZATION_FAILURE)) {
			ResponseEntity<JsonNode> busy = positionOnRest("desk-HU", renewalId, "HU", Position.SUPPORT);

			assertThat(busy.getStatusCode().value()).as("%s", busy.getBody()).isEqualTo(503);
			assertThat(busy.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(busy.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
			assertThat(busy.getBody().path("detail").asText()).contains("nothing was changed");
			assertThat(fault.refusals()).as("every attempt collided").isEqualTo(12);
		}

		ResponseEntity<JsonNode> later = positionOnRest("desk-HU", renewalId, "HU", Position.SUPPORT);
		assertThat(later.getStatusCode().value()).as("%s", later.getBody()).isEqualTo(200);
	}

	/** The failed tries of positions counted so far, of a kind. */
	private double failedTries(String kind) {
		Counter counter = this.meters.find(ConsumerRetries.FAILURES)
			.tags("topic", Topics.POSITIONS, "kind", kind)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
