package eu.sanctions.renewal;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.renewal.PositionRecorded;
import eu.sanctions.events.renewal.PositionRejected;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.renewal.ServiceTestSupport.StartedRenewal;
import eu.sanctions.renewal.renewal.PendingPosition;
import eu.sanctions.renewal.renewal.PendingPositions;

import static eu.sanctions.renewal.ServiceTestSupport.allStates;
import static eu.sanctions.renewal.ServiceTestSupport.awaitEvents;
import static eu.sanctions.renewal.ServiceTestSupport.data;
import static eu.sanctions.renewal.ServiceTestSupport.delisting;
import static eu.sanctions.renewal.ServiceTestSupport.stateOf;
import static eu.sanctions.renewal.ServiceTestSupport.timelineEntry;
import static eu.sanctions.renewal.ServiceTestSupport.timelineTypes;
import static eu.sanctions.renewal.ServiceTestSupport.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * No position is lost to the moment it arrives: one that comes while the process cannot
 * take it yet (staff still review, or negotiate between rounds) is kept, and applied when
 * positions are requested from its state, through either door; of the positions kept for
 * one state, the latest counts. The scenarios run on each database the service supports
 * ({@link PositionRaceTest} on H2, {@link PositionRaceOnPostgresTest}), whose locking
 * differs; as an interface, so that each runs in its database's shared service.
 */
interface PositionRaceScenarios {

	/** The test, which is a {@link ServiceTestSupport}. */
	default ServiceTestSupport service() {
		return (ServiceTestSupport) this;
	}

	default PendingPositions pending() {
		return service().bean(PendingPositions.class);
	}

	@Test
	default void keepsPositionsSubmittedDuringReviewAndAppliesThemWhenPositionsAreRequested() {
		StartedRenewal started = service().renewalInReview();
		String packageKey = started.packageKey();
		LocalDate expiry = started.expiry();
		String renewalId = started.renewalId();
		TopicReader integrator = service().renewalEvents();

		ResponseEntity<JsonNode> early = service().positionOnRest("desk-LT", renewalId, "LT", Position.SUPPORT);
		service().positionOnKafka(renewalId, "PL", Position.SUPPORT_WITH_CONDITIONS);

		assertThat(early.getStatusCode().value()).isEqualTo(202);
		assertThat(early.getBody().path("status").asText()).isEqualTo("PENDING");
		JsonNode kept = service().awaitRenewal(renewalId,
				(detail) -> timelineTypes(detail).stream().filter("position-kept"::equals).count() == 2);
		assertThat(kept.path("positions")).isEmpty();
		assertThat(kept.path("phase").asText()).isEqualTo("REVIEW");

		service().reviewExtending(renewalId, expiry.plusYears(1), expiry.minusDays(20));

		JsonNode applied = service().awaitRenewal(renewalId, (detail) -> detail.path("positions").size() == 2);
		assertThat(applied.path("positions").findValuesAsText("state")).containsExactlyInAnyOrder("LT", "PL");
		List<ReceivedEvent> events = awaitEvents(integrator, packageKey, 7);
		assertThat(types(events).subList(0, 4)).containsExactly(EventType.RENEWAL_STARTED, EventType.REVIEW_COMPLETED,
				EventType.POSITIONS_REQUESTED, EventType.VETO_RISK_ASSESSED);
		List<PositionRecorded> recorded = data(events, PositionRecorded.class);
		assertThat(recorded).extracting(PositionRecorded::state, PositionRecorded::channel)
			.containsExactly(tuple(MemberState.LT, SubmissionChannel.REST),
					tuple(MemberState.PL, SubmissionChannel.KAFKA));
		assertThat(recorded.get(0).submittedBy()).isEqualTo("desk-LT");
		assertThat(recorded.get(1).conditions()).isEqualTo("A statement on energy security");
		assertThat(types(events)).doesNotContain(EventType.POSITION_REJECTED);
	}

	@Test
	default void appliesTheLatestOfTwoPositionsKeptForOneStateAndNotesTheEarlierOneAsSuperseded() {
		StartedRenewal started = service().renewalInReview();
		String packageKey = started.packageKey();
		LocalDate expiry = started.expiry();
		String renewalId = started.renewalId();
		TopicReader integrator = service().renewalEvents();

		String support = service().positionOnKafka(renewalId, "HU", Position.SUPPORT).getId();
		service().awaitRenewal(renewalId, (detail) -> timelineTypes(detail).contains("position-kept"));
		service().positionOnKafka(renewalId, "HU", Position.OPPOSE);
		service().awaitRenewal(renewalId,
				(detail) -> timelineTypes(detail).stream().filter("position-kept"::equals).count() == 2);

		service().reviewExtending(renewalId, expiry.plusYears(1), expiry.minusDays(20));

		JsonNode renewal = service().awaitRenewal(renewalId, (detail) -> detail.path("positions").size() == 1
				&& timelineTypes(detail).contains("position-superseded"));
		JsonNode hungary = stateOf(renewal, "HU");
		assertThat(hungary.path("position").asText()).as("the later position counts").isEqualTo("OPPOSE");
		assertThat(hungary.path("history")).as("the earlier one was never recorded").hasSize(1);
		JsonNode superseded = timelineEntry(renewal, "position-superseded");
		assertThat(superseded.path("eventId").asText()).isEqualTo(support);
		assertThat(superseded.path("summary").asText()).contains("SUPPORT").contains("OPPOSE");
		assertThat(pending().of(renewalId)).isEmpty();
		List<ReceivedEvent> events = awaitEvents(integrator, packageKey, 5);
		assertThat(data(events, PositionRecorded.class)).singleElement()
			.satisfies((recorded) -> assertThat(recorded.position()).isEqualTo(Position.OPPOSE));
		assertThat(types(events)).doesNotContain(EventType.POSITION_REJECTED);
	}

	@Test
	default void refusesKeptPositionsOfStatesTheNextRoundDoesNotAskAndAppliesTheOthers() {
		StartedRenewal started = service().renewalCollectingPositions();
		String packageKey = started.packageKey();
		LocalDate expiry = started.expiry();
		String renewalId = started.renewalId();
		TopicReader integrator = service().renewalEvents();
		for (String state : allStates()) {
			service().positionOnKafka(renewalId, state, state.equals("HU") ? Position.OPPOSE : Position.SUPPORT);
		}
		service().awaitTask(renewalId, "negotiate");

		String lithuania = service().positionOnKafka(renewalId, "LT", Position.ABSTAIN).getId();
		assertThat(service().positionOnRest("desk-PL", renewalId, "PL", Position.ABSTAIN).getStatusCode().value())
			.isEqualTo(202);
		assertThat(service().positionOnRest("desk-HU", renewalId, "HU", Position.SUPPORT).getStatusCode().value())
			.isEqualTo(202);
		service().awaitRenewal(renewalId,
				(detail) -> timelineTypes(detail).stream().filter("position-kept"::equals).count() == 3);
		service().negotiateAskingAgain(renewalId, "HU", List.of(delisting()), expiry.minusDays(10));

		ReceivedEvent rejected = integrator.awaitEvent(packageKey, EventType.POSITION_REJECTED);
		assertThat(rejected.data(PositionRejected.class).reason()).isEqualTo(PositionRejected.Reason.RENEWAL_CLOSED);
		assertThat(rejected.data(PositionRejected.class).state()).isEqualTo("LT");
		assertThat(rejected.data(PositionRejected.class).rejectedEventId()).isEqualTo(lithuania);
		assertThat(rejected.data(PositionRejected.class).detail()).contains("not asked in round 2");
		JsonNode renewal = service().awaitRenewal(renewalId,
				(detail) -> timelineTypes(detail).contains("position-not-applied")
						&& "2".equals(detail.path("round").asText())
						&& detail.path("phase").asText().equals("ADOPTION"));
		JsonNode hungary = stateOf(renewal, "HU");
		assertThat(hungary.path("position").asText()).isEqualTo("SUPPORT");
		assertThat(hungary.path("round").asInt()).isEqualTo(2);
		assertThat(hungary.path("history")).hasSize(2);
		assertThat(stateOf(renewal, "PL").path("position").asText()).isEqualTo("SUPPORT");
		assertThat(stateOf(renewal, "LT").path("position").asText()).isEqualTo("SUPPORT");
	}

	@Test
	default void appliesAKeptPositionThatNoRoundOpeningAppliedAtTheNextSweep() {
		StartedRenewal started = service().renewalCollectingPositions();
		String packageKey = started.packageKey();
		String renewalId = started.renewalId();

		// As if a node had kept it and stopped before positions were requested.
		pending().keep(new PendingPosition(null, renewalId, packageKey, MemberState.SE, Position.ABSTAIN, null, null,
				SubmissionChannel.REST, "desk-SE", null, service().clock.instant()));

		JsonNode renewal = service().awaitRenewal(renewalId, (detail) -> detail.path("positions").size() == 1);
		assertThat(stateOf(renewal, "SE").path("position").asText()).isEqualTo("ABSTAIN");
		assertThat(pending().of(renewalId)).isEmpty();
	}

}
