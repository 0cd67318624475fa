package eu.sanctions.renewal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Position;
import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.renewal.PositionRejected;
import eu.sanctions.events.renewal.PositionRejected.Reason;
import eu.sanctions.events.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a position is refused, through Kafka (a {@code position-rejected} event keyed
 * by the package, naming the state and the reason) and through the API (a problem with
 * the status and the reason); in each case nothing else changes.
 */
class PositionRefusalsTest extends EmbeddedServiceTest {

	@Test
	void refusesPositionsThatCannotBeAppliedAndChangesNothingElse() {
		StartedRenewal started = renewalInReview();
		String packageKey = started.packageKey();
		LocalDate expiry = started.expiry();
		String renewalId = started.renewalId();
		TopicReader integrator = renewalEvents();
		reviewExtending(renewalId, expiry.plusYears(1), expiry.minusDays(20));
		List<ReceivedEvent> before = awaitEvents(integrator, packageKey, 4);

		String unknownState = positionOnKafka(renewalId, "XX", Position.SUPPORT).getId();
		String unknownRenewal = positionOnKafka(packageKey + ":2031-01-31", "LT", Position.SUPPORT).getId();
		String noPosition = sendRaw(packageKey, Map.of("packageKey", packageKey, "renewalId", renewalId, "state", "LT",
				"submittedBy", "desk-LT/system"));
		String wrongKey = sendRaw(packageKey, Map.of("packageKey", "EU-OTHER", "state", "LT", "position", "SUPPORT",
				"submittedBy", "desk-LT/system"));
		String withoutConditions = sendRaw(packageKey, Map.of("packageKey", packageKey, "renewalId", renewalId, "state",
				"LT", "position", "SUPPORT_WITH_CONDITIONS", "submittedBy", "desk-LT/system"));

		List<ReceivedEvent> events = awaitEvents(integrator, packageKey, 9);
		List<PositionRejected> rejections = data(events.subList(4, events.size()), PositionRejected.class);
		assertThat(rejections).extracting(PositionRejected::rejectedEventId)
			.containsExactly(unknownState, unknownRenewal, noPosition, wrongKey, withoutConditions);
		assertThat(rejections).extracting(PositionRejected::reason)
			.containsExactly(Reason.UNKNOWN_STATE, Reason.UNKNOWN_RENEWAL, Reason.SCHEMA_INVALID, Reason.SCHEMA_INVALID,
					Reason.SCHEMA_INVALID);
		assertThat(rejections).extracting(PositionRejected::state).containsExactly("XX", "LT", "LT", "LT", "LT");
		assertThat(rejections).allSatisfy((rejected) -> {
			assertThat(rejected.packageKey()).isEqualTo(packageKey);
			assertThat(rejected.channel()).isEqualTo(SubmissionChannel.KAFKA);
			assertThat(rejected.detail()).isNotBlank();
		});
		assertThat(rejections.get(2).renewalId()).isEqualTo(renewalId);
		assertThat(rejections.get(2).detail()).contains("position");
		assertThat(types(events.subList(4, events.size()))).containsOnly(EventType.POSITION_REJECTED);
		assertThat(events.subList(0, 4)).isEqualTo(before);
		assertThat(get("staff", "/api/renewals/" + renewalId).getBody().path("positions")).isEmpty();
		assertThat(tasks("staff", renewalId, "givePosition")).hasSize(27);
	}

	@Test
	void answersRefusedPositionsWithAProblemAndChangesNothing() {
		StartedRenewal started = renewalInReview();
		String packageKey = started.packageKey();
		LocalDate expiry = started.expiry();
		String renewalId = started.renewalId();
		reviewExtending(renewalId, expiry.plusYears(1), expiry.minusDays(20));

		ResponseEntity<JsonNode> unknownState = post("desk-LT", "/api/renewals/" + renewalId + "/positions",
				Map.of("state", "XX", "position", "SUPPORT"));
		ResponseEntity<JsonNode> noConditions = post("desk-LT", "/api/renewals/" + renewalId + "/positions",
				Map.of("state", "LT", "position", "SUPPORT_WITH_CONDITIONS"));
		ResponseEntity<JsonNode> otherState = positionOnRest("desk-LT", renewalId, "HU", Position.SUPPORT);
		ResponseEntity<JsonNode> unknownRenewal = positionOnRest("desk-LT", packageKey + ":2031-01-31", "LT",
				Position.SUPPORT);
		ResponseEntity<JsonNode> noBody = post("desk-LT", "/api/renewals/" + renewalId + "/positions", "{");

		assertProblem(unknownState, 400);
		assertThat(unknownState.getBody().path("errors").findValuesAsText("field")).containsExactly("state");
		assertProblem(noConditions, 400);
		assertThat(noConditions.getBody().path("errors").findValuesAsText("field")).containsExactly("conditions");
		assertProblem(otherState, 403);
		assertProblem(unknownRenewal, 404);
		assertProblem(noBody, 400);
		assertThat(get("staff", "/api/renewals/" + renewalId).getBody().path("positions")).isEmpty();
		assertThat(tasks("staff", renewalId, "givePosition")).hasSize(27);
	}

	@Test
	void refusesPositionsOnAClosedRenewal() {
		StartedRenewal started = renewalInReview();
		String packageKey = started.packageKey();
		String renewalId = started.renewalId();
		TopicReader integrator = renewalEvents();
		ResponseEntity<JsonNode> withdrawn = post("staff", "/api/renewals/" + renewalId + "/withdrawal",
				Map.of("reason", "Replaced by a new framework decision"));
		assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);

		ResponseEntity<JsonNode> closed = positionOnRest("desk-LT", renewalId, "LT", Position.SUPPORT);
		String onKafka = positionOnKafka(renewalId, "LT", Position.SUPPORT).getId();

		assertProblem(closed, 409);
		assertThat(closed.getBody().path("reason").asText()).isEqualTo("RENEWAL_CLOSED");
		ReceivedEvent rejected = integrator.awaitEvent(packageKey, EventType.POSITION_REJECTED);
		assertThat(rejected.data(PositionRejected.class).reason()).isEqualTo(Reason.RENEWAL_CLOSED);
		assertThat(rejected.data(PositionRejected.class).rejectedEventId()).isEqualTo(onKafka);
		assertThat(types(integrator.events(packageKey))).containsExactly(EventType.RENEWAL_STARTED,
				EventType.RENEWAL_WITHDRAWN, EventType.POSITION_REJECTED);
	}

	@Test
	void refusesPositionsAfterTheDeadlineOnTheEnginesClockAndClosesTheRoundAtOnce() {
		String packageKey = newPackageKey();
		LocalDate expiry = today().plusDays(40);
		String renewalId = packageKey + ":" + expiry;
		TopicReader integrator = renewalEvents();
		renewalDue(packageKey, expiry);
		awaitRenewal(renewalId);
		reviewExtending(renewalId, expiry.plusYears(1), today().plusDays(2));
		awaitTasks(renewalId, "givePosition", 27);

		ResponseEntity<JsonNode> moved = post("admin", "/actuator/clock", Map.of("advance", "P3D"));
		assertThat(moved.getStatusCode().value()).as("%s", moved.getBody()).isEqualTo(200);
		assertThat(moved.getBody().path("offset").asText()).startsWith("PT7");
		ResponseEntity<JsonNode> late = positionOnRest("desk-LT", renewalId, "LT", Position.SUPPORT);
		awaitTasks(renewalId, "givePosition", 0);
		String onKafka = positionOnKafka(renewalId, "PL", Position.SUPPORT).getId();

		assertProblem(late, 409);
		assertThat(late.getBody().path("reason").asText()).isEqualTo("AFTER_DEADLINE");
		ReceivedEvent rejected = integrator.awaitEvent(packageKey, EventType.POSITION_REJECTED);
		assertThat(rejected.data(PositionRejected.class).reason()).isEqualTo(Reason.AFTER_DEADLINE);
		assertThat(rejected.data(PositionRejected.class).rejectedEventId()).isEqualTo(onKafka);
		assertThat(get("staff", "/api/renewals/" + renewalId).getBody().path("positions")).isEmpty();
	}

	private void assertProblem(ResponseEntity<JsonNode> response, int status) {
		assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().path("status").asInt()).isEqualTo(status);
	}

	/** A readable CloudEvent of the position type whose data breaks the schema. */
	private String sendRaw(String key, Map<String, String> data) {
		String id = UUID.randomUUID().toString();
		writer().sendRaw(Topics.POSITIONS, key, json(data),
				Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", DESK_SYSTEM.toString(), "ce_type",
						EventType.POSITION_SUBMITTED.type(), "content-type", "application/json"));
		return id;
	}

}
