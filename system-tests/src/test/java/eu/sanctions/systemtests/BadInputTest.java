package eu.sanctions.systemtests;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.inbound.PositionSubmitted;
import eu.sanctions.events.renewal.PositionRejected;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.systemtests.client.Http;
import eu.sanctions.systemtests.client.SanctionsSystem;
import eu.sanctions.systemtests.client.Users;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 4: bad input on every door is refused with its reason, and nothing else in the
 * system changes: a desk posting for another state, an unknown state on Kafka, garbage on
 * Kafka, a position after the deadline.
 */
@WithStack
@Order(3)
class BadInputTest {

	@Test
	void refusesBadInputOnEveryDoorAndChangesNothing(Stack stack) {
		SanctionsSystem system = stack.system();
		String renewal = system.renewals().open("staff", PressureTest.PACKAGE).orElseThrow().path("id").asText();
		JsonNode before = system.renewals().get("staff", renewal);
		long revisionBefore = system.registry().get("staff", PressureTest.PACKAGE).path("revision").asLong();

		Http.Response forAnother = system.renewals()
			.submit(Users.desk(MemberState.LT), renewal, MemberState.HU, Position.OPPOSE, null, null);
		assertThat(forAnother.status()).isEqualTo(403);
		assertThat(forAnother.isProblem()).isTrue();

		try (TopicReader renewalEvents = TopicReader.of(stack.bootstrapServers(), Topics.RENEWAL_EVENTS);
				TopicReader deadLetters = TopicReader.of(stack.bootstrapServers(),
						Topics.deadLetterTopicOf(Topics.POSITIONS))) {
			system.kafka()
				.submit(new PositionSubmitted(PressureTest.PACKAGE, renewal, "XX", Position.SUPPORT, null, null,
						"desk-system-XX"));
			assertThat(rejection(renewalEvents, PositionRejected.Reason.UNKNOWN_STATE).state()).isEqualTo("XX");

			system.kafka().sendGarbage(Topics.POSITIONS, PressureTest.PACKAGE, "{this is not a CloudEvent");
			ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(PressureTest.PACKAGE, 1).get(0);
			assertThat(new String(dead.headers().lastHeader("kafka_dlt-exception-message").value()))
				.as("the reason travels with the dead letter")
				.isNotBlank();

			LocalDate deadline = LocalDate.parse(before.path("proposal").path("positionDeadline").asText());
			system.clocks().moveTo(deadline.plusDays(1).atTime(12, 0).atZone(Stack.BRUSSELS).toOffsetDateTime());
			system.renewals()
				.await("staff", renewal, "the round closed at the deadline", Scenarios.WAIT,
						(detail) -> system.tasks().find(Users.desk(MemberState.PL), renewal, "givePosition").isEmpty());
			Http.Response late = system.renewals()
				.submit(Users.desk(MemberState.PL), renewal, MemberState.PL, Position.SUPPORT, null, null);
			assertThat(late.status()).isEqualTo(409);
			assertThat(late.json().path("reason").asText()).isEqualTo("AFTER_DEADLINE");
			system.kafka()
				.submit(new PositionSubmitted(PressureTest.PACKAGE, renewal, "PL", Position.SUPPORT, null, null,
						"desk-system-PL"));
			assertThat(rejection(renewalEvents, PositionRejected.Reason.AFTER_DEADLINE).state()).isEqualTo("PL");
		}

		JsonNode after = system.renewals().get("staff", renewal);
		assertThat(after.path("positions").findValuesAsText("position")).as("no refused position was recorded")
			.isEqualTo(before.path("positions").findValuesAsText("position"));
		assertThat(system.registry().get("staff", PressureTest.PACKAGE).path("revision").asLong())
			.isEqualTo(revisionBefore);
	}

	private static PositionRejected rejection(TopicReader reader, PositionRejected.Reason reason) {
		List<ReceivedEvent> rejected = org.awaitility.Awaitility.await()
			.atMost(Scenarios.WAIT)
			.until(() -> reader.events(PressureTest.PACKAGE)
				.stream()
				.filter((event) -> event.type() == EventType.POSITION_REJECTED)
				.filter((event) -> event.data(PositionRejected.class).reason() == reason)
				.toList(), (found) -> !found.isEmpty());
		return rejected.get(0).data(PositionRejected.class);
	}

}
