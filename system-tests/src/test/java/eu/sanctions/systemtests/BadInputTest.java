package eu.sanctions.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.SubmissionChannel;
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
 * system changes: a desk posting for another state (REST), a desk completing its task
 * with a variable its form does not have and another state's task (the engine's REST API,
 * as Tasklist does), staff giving a state's position there, an unknown state and garbage
 * on Kafka, and a position after the deadline (REST and Kafka). A package of its own, so
 * that it depends on no other scenario.
 */
@WithStack
@Order(3)
class BadInputTest {

	private static final String PACKAGE = "EU-BAD";

	private static final String NOT_YOURS = "There is no such task or instance, or it is not yours to see or to change.";

	private static final String GARBAGE = "{this is not a CloudEvent";

	@Test
	void refusesBadInputOnEveryDoorAndChangesNothing(Stack stack) {
		SanctionsSystem system = stack.system();
		String renewal = Scenarios.packageComingDue(stack, PACKAGE, 30);
		Scenarios.reviewToExtend(stack, renewal, 14);
		Snapshot asked = Snapshot.awaitSettled(stack, renewal, 1);

		try (TopicReader deadLetters = TopicReader.of(stack.bootstrapServers(),
				Topics.deadLetterTopicOf(Topics.POSITIONS))) {
			refusesAPositionForAnotherState(system, renewal);
			refusesWhatTheTaskFormDoesNotHaveAndAnotherStatesTask(system, renewal);
			CloudEvent unknownState = system.kafka()
				.submit(new PositionSubmitted(PACKAGE, renewal, "XX", Position.SUPPORT, null, null, "desk-system-XX"));
			system.kafka().sendGarbage(Topics.POSITIONS, PACKAGE, GARBAGE);

			ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(PACKAGE, 1).get(0);
			assertThat(dead.value()).as("the garbage, as it was sent")
				.isEqualTo(GARBAGE.getBytes(StandardCharsets.UTF_8));
			assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.POSITIONS);
			assertThat(header(dead, "kafka_dlt-exception-message")).as("the reason travels with the dead letter")
				.contains("Not a CloudEvent");

			List<ReceivedEvent> added = asked.newEventsOnceRejected(stack, renewal, 1);
			PositionRejected rejected = added.get(0).data(PositionRejected.class);
			assertThat(rejected.reason()).isEqualTo(PositionRejected.Reason.UNKNOWN_STATE);
			assertThat(rejected.state()).isEqualTo("XX");
			assertThat(rejected.rejectedEventId()).isEqualTo(unknownState.getId());
			assertThat(rejected.channel()).isEqualTo(SubmissionChannel.KAFKA);
			asked.assertNothingElseChanged(stack, renewal);
			assertThat(deadLetters.records(PACKAGE)).as("the garbage alone is dead, once").hasSize(1);
		}

		// The deadline passes: first the reminder, then the close, so that what the
		// desks are told is the same on every run.
		LocalDate deadline = LocalDate
			.parse(system.renewals().get("staff", renewal).path("proposal").path("positionDeadline").asText());
		system.clocks().moveTo(deadline.minusDays(3).atTime(12, 0).atZone(Stack.BRUSSELS).toOffsetDateTime());
		Scenarios.packageStream(stack, Topics.RENEWAL_EVENTS, PACKAGE,
				(events) -> Scenarios.types(events).contains(EventType.REMINDER_DUE));
		system.clocks().moveTo(deadline.plusDays(1).atTime(12, 0).atZone(Stack.BRUSSELS).toOffsetDateTime());
		system.renewals()
			.await("staff", renewal, "the round closed at the deadline", Scenarios.WAIT,
					(detail) -> system.tasks().find(Users.desk(MemberState.PL), renewal, "givePosition").isEmpty());
		Snapshot closed = Snapshot.awaitSettled(stack, renewal, 2);

		Http.Response late = system.renewals()
			.submit(Users.desk(MemberState.PL), renewal, MemberState.PL, Position.SUPPORT, null, null);
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.isProblem()).isTrue();
		assertThat(late.json().path("reason").asText()).isEqualTo("AFTER_DEADLINE");
		CloudEvent lateOnKafka = system.kafka()
			.submit(new PositionSubmitted(PACKAGE, renewal, "PL", Position.SUPPORT, null, null, "desk-system-PL"));

		List<ReceivedEvent> added = closed.newEventsOnceRejected(stack, renewal, 1);
		PositionRejected rejected = added.get(0).data(PositionRejected.class);
		assertThat(rejected.reason()).isEqualTo(PositionRejected.Reason.AFTER_DEADLINE);
		assertThat(rejected.state()).isEqualTo("PL");
		assertThat(rejected.rejectedEventId()).isEqualTo(lateOnKafka.getId());
		closed.assertNothingElseChanged(stack, renewal);
	}

	private void refusesAPositionForAnotherState(SanctionsSystem system, String renewal) {
		Http.Response forAnother = system.renewals()
			.submit(Users.desk(MemberState.LT), renewal, MemberState.HU, Position.OPPOSE, null, null);
		assertThat(forAnother.status()).isEqualTo(403);
		assertThat(forAnother.isProblem()).isTrue();
		assertThat(forAnother.json().path("reason").asText()).isEqualTo("STATE_NOT_AUTHORIZED");
		assertThat(forAnother.json().path("detail").asText()).isEqualTo("Your desk speaks for LT, not HU.");
	}

	private void refusesWhatTheTaskFormDoesNotHaveAndAnotherStatesTask(SanctionsSystem system, String renewal) {
		String ownTask = system.tasks().await(Users.desk(MemberState.LT), renewal, "givePosition", Scenarios.WAIT);
		Http.Response withState = system.tasks()
			.complete(Users.desk(MemberState.LT), ownTask, Map.of("position", "OPPOSE", "state", "HU"));
		assertThat(withState.status()).isEqualTo(400);
		assertThat(withState.isProblem()).isTrue();
		assertThat(withState.json().path("detail").asText()).contains("not state");
		assertThat(withState.json().path("unexpectedVariables")).extracting(JsonNode::asText).containsExactly("state");

		String hungarysTask = system.tasks().await(Users.desk(MemberState.HU), renewal, "givePosition", Scenarios.WAIT);
		Http.Response othersTask = system.tasks()
			.complete(Users.desk(MemberState.LT), hungarysTask, Map.of("position", "OPPOSE"));
		assertThat(othersTask.status()).isEqualTo(403);
		assertThat(othersTask.isProblem()).isTrue();
		assertThat(othersTask.json().path("detail").asText()).isEqualTo(NOT_YOURS);

		Http.Response byStaff = system.tasks().complete("staff", hungarysTask, Map.of("position", "SUPPORT"));
		assertThat(byStaff.status()).isEqualTo(403);
		assertThat(byStaff.isProblem()).isTrue();
		assertThat(byStaff.json().path("detail").asText()).startsWith("Only the desk of HU gives the position of HU");
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	/**
	 * What the system shows of the renewal at one moment, once nothing is on its way: the
	 * package's renewal events, what staff and the desks were told, the renewal's
	 * positions, risk and phase, and the registry's revision.
	 *
	 * @param events the renewal events of the package
	 * @param inboxes the notifications about the package, by recipient
	 * @param positions each state's latest position
	 * @param risk the veto risk, with its history
	 * @param status the renewal's status and phase
	 * @param registryRevision the package's revision in the registry
	 */
	private record Snapshot(List<ReceivedEvent> events, Map<String, List<Long>> inboxes, JsonNode positions,
			JsonNode risk, String status, long registryRevision) {

		/**
		 * Takes the snapshot once the stream holds every event the renewal published and
		 * each desk has its notifications about the package.
		 */
		static Snapshot awaitSettled(Stack stack, String renewal, int perDesk) {
			List<ReceivedEvent> events = Scenarios.settledRenewalStream(stack, renewal, PACKAGE);
			Map<String, List<Long>> inboxes = Awaitility.await()
				.atMost(Scenarios.WAIT)
				.until(() -> Scenarios.inboxes(stack, PACKAGE), (found) -> found.entrySet()
					.stream()
					.allMatch((inbox) -> inbox.getValue().size() == (inbox.getKey().equals("staff") ? 0 : perDesk)));
			return of(stack, renewal, events, inboxes);
		}

		private static Snapshot of(Stack stack, String renewal, List<ReceivedEvent> events,
				Map<String, List<Long>> inboxes) {
			JsonNode detail = stack.system().renewals().get("staff", renewal);
			return new Snapshot(events, inboxes, detail.path("positions"), detail.path("risk"),
					detail.path("status").asText() + "/" + detail.path("phase").asText(),
					stack.system().registry().get("staff", PACKAGE).path("revision").asLong());
		}

		/**
		 * The events published since, once there are {@code rejections}
		 * {@code position-rejected} among them; every one of them must be one.
		 */
		List<ReceivedEvent> newEventsOnceRejected(Stack stack, String renewal, int rejections) {
			List<ReceivedEvent> now = Scenarios.packageStream(stack, Topics.RENEWAL_EVENTS, PACKAGE,
					(events) -> Scenarios.types(events.subList(this.events.size(), events.size()))
						.stream()
						.filter(EventType.POSITION_REJECTED::equals)
						.count() >= rejections);
			List<ReceivedEvent> added = now.subList(this.events.size(), now.size());
			assertThat(now.subList(0, this.events.size())).isEqualTo(this.events);
			assertThat(Scenarios.types(added)).as("only refusals were published")
				.containsOnly(EventType.POSITION_REJECTED)
				.hasSize(rejections);
			return added;
		}

		void assertNothingElseChanged(Stack stack, String renewal) {
			Snapshot after = of(stack, renewal, this.events, Scenarios.inboxes(stack, PACKAGE));
			assertThat(after.inboxes()).as("nobody was told anything").isEqualTo(this.inboxes);
			assertThat(after.positions()).as("no position recorded").isEqualTo(this.positions);
			assertThat(after.risk()).as("the risk unchanged").isEqualTo(this.risk);
			assertThat(after.status()).isEqualTo(this.status);
			assertThat(after.registryRevision()).as("nothing in force changed").isEqualTo(this.registryRevision);
		}

	}

}
