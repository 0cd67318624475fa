package eu.sanctions.renewal;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.renewal.PositionRecorded;
import eu.sanctions.events.renewal.PositionRejected;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.renewal.renewal.PendingPosition;
import eu.sanctions.renewal.renewal.PendingPositions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * No position is lost to the moment it arrives: one that comes while the process cannot
 * take it yet (staff still review, or negotiate between rounds) is kept, and applied when
 * positions are requested from its state, through either door.
 */
class PositionRaceTest extends EmbeddedServiceTest {

	@Autowired
	PendingPositions pending;

	@Test
	void keepsPositionsSubmittedDuringReviewAndAppliesThemWhenPositionsAreRequested() {
		StartedRenewal started = renewalInReview();
		String packageKey = started.packageKey();
		LocalDate expiry = started.expiry();
		String renewalId = started.renewalId();
		TopicReader integrator = renewalEvents();

		ResponseEntity<JsonNode> early = positionOnRest("desk-LT", renewalId, "LT", Position.SUPPORT);
		positionOnKafka(renewalId, "PL", Position.SUPPORT_WITH_CONDITIONS);

		assertThat(early.getStatusCode().value()).isEqualTo(202);
		assertThat(early.getBody().path("status").asText()).isEqualTo("PENDING");
		JsonNode kept = awaitRenewal(renewalId,
				(detail) -> timelineTypes(detail).stream().filter("position-kept"::equals).count() == 2);
		assertThat(kept.path("positions")).isEmpty();
		assertThat(kept.path("phase").asText()).isEqualTo("REVIEW");

		reviewExtending(renewalId, expiry.plusYears(1), expiry.minusDays(20));

		JsonNode applied = awaitRenewal(renewalId, (detail) -> detail.path("positions").size() == 2);
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
	void appliesTheLatestOfTwoPositionsKeptForOneStateAndNotesTheEarlierOneAsSuperseded() {
		StartedRenewal started = renewalInReview();
		String packageKey = started.packageKey();
		LocalDate expiry = started.expiry();
		String renewalId = started.renewalId();
		TopicReader integrator = renewalEvents();

		String support = positionOnKafka(renewalId, "HU", Position.SUPPORT).getId();
		awaitRenewal(renewalId, (detail) -> timelineTypes(detail).contains("position-kept"));
		positionOnKafka(renewalId, "HU", Position.OPPOSE);
		awaitRenewal(renewalId,
				(detail) -> timelineTypes(detail).stream().filter("position-kept"::equals).count() == 2);

		reviewExtending(renewalId, expiry.plusYears(1), expiry.minusDays(20));

		JsonNode renewal = awaitRenewal(renewalId, (detail) -> detail.path("positions").size() == 1
				&& timelineTypes(detail).contains("position-superseded"));
		JsonNode hungary = stateOf(renewal, "HU");
		assertThat(hungary.path("position").asText()).as("the later position counts").isEqualTo("OPPOSE");
		assertThat(hungary.path("history")).as("the earlier one was never recorded").hasSize(1);
		JsonNode superseded = timelineEntry(renewal, "position-superseded");
		assertThat(superseded.path("eventId").asText()).isEqualTo(support);
		assertThat(superseded.path("summary").asText()).contains("SUPPORT").contains("OPPOSE");
		assertThat(this.pending.of(renewalId)).isEmpty();
		List<ReceivedEvent> events = awaitEvents(integrator, packageKey, 5);
		assertThat(data(events, PositionRecorded.class)).singleElement()
			.satisfies((recorded) -> assertThat(recorded.position()).isEqualTo(Position.OPPOSE));
		assertThat(types(events)).doesNotContain(EventType.POSITION_REJECTED);
	}

	@Test
	void refusesKeptPositionsOfStatesTheNextRoundDoesNotAskAndAppliesTheOthers() {
		StartedRenewal started = renewalCollectingPositions();
		String packageKey = started.packageKey();
		LocalDate expiry = started.expiry();
		String renewalId = started.renewalId();
		TopicReader integrator = renewalEvents();
		for (String state : allStates()) {
			positionOnKafka(renewalId, state, state.equals("HU") ? Position.OPPOSE : Position.SUPPORT);
		}
		awaitTask(renewalId, "negotiate");

		String lithuania = positionOnKafka(renewalId, "LT", Position.ABSTAIN).getId();
		assertThat(positionOnRest("desk-PL", renewalId, "PL", Position.ABSTAIN).getStatusCode().value()).isEqualTo(202);
		assertThat(positionOnRest("desk-HU", renewalId, "HU", Position.SUPPORT).getStatusCode().value()).isEqualTo(202);
		awaitRenewal(renewalId,
				(detail) -> timelineTypes(detail).stream().filter("position-kept"::equals).count() == 3);
		negotiateAskingAgain(renewalId, "HU", List.of(delisting()), expiry.minusDays(10));

		ReceivedEvent rejected = integrator.awaitEvent(packageKey, EventType.POSITION_REJECTED);
		assertThat(rejected.data(PositionRejected.class).reason()).isEqualTo(PositionRejected.Reason.RENEWAL_CLOSED);
		assertThat(rejected.data(PositionRejected.class).state()).isEqualTo("LT");
		assertThat(rejected.data(PositionRejected.class).rejectedEventId()).isEqualTo(lithuania);
		assertThat(rejected.data(PositionRejected.class).detail()).contains("not asked in round 2");
		JsonNode renewal = awaitRenewal(renewalId, (detail) -> timelineTypes(detail).contains("position-not-applied")
				&& "2".equals(detail.path("round").asText()) && detail.path("phase").asText().equals("ADOPTION"));
		JsonNode hungary = stateOf(renewal, "HU");
		assertThat(hungary.path("position").asText()).isEqualTo("SUPPORT");
		assertThat(hungary.path("round").asInt()).isEqualTo(2);
		assertThat(hungary.path("history")).hasSize(2);
		assertThat(stateOf(renewal, "PL").path("position").asText()).isEqualTo("SUPPORT");
		assertThat(stateOf(renewal, "LT").path("position").asText()).isEqualTo("SUPPORT");
	}

	@Test
	void appliesAKeptPositionThatNoRoundOpeningAppliedAtTheNextSweep() {
		StartedRenewal started = renewalCollectingPositions();
		String packageKey = started.packageKey();
		String renewalId = started.renewalId();

		// As if a node had kept it and stopped before positions were requested.
		this.pending.keep(new PendingPosition(null, renewalId, packageKey, MemberState.SE, Position.ABSTAIN, null, null,
				SubmissionChannel.REST, "desk-SE", null, this.clock.instant()));

		JsonNode renewal = awaitRenewal(renewalId, (detail) -> detail.path("positions").size() == 1);
		assertThat(stateOf(renewal, "SE").path("position").asText()).isEqualTo("ABSTAIN");
		assertThat(this.pending.of(renewalId)).isEmpty();
	}

	static List<String> timelineTypes(JsonNode detail) {
		return detail.path("timeline").findValuesAsText("type");
	}

	static JsonNode timelineEntry(JsonNode detail, String type) {
		for (JsonNode entry : detail.path("timeline")) {
			if (entry.path("type").asText().equals(type)) {
				return entry;
			}
		}
		throw new AssertionError("No timeline entry " + type);
	}

	static JsonNode stateOf(JsonNode detail, String state) {
		for (JsonNode position : detail.path("positions")) {
			if (position.path("state").asText().equals(state)) {
				return position;
			}
		}
		throw new AssertionError("No position of " + state);
	}

}
