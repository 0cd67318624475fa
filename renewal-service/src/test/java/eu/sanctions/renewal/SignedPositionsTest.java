package eu.sanctions.renewal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Position;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.inbound.PositionSubmitted;
import eu.sanctions.events.renewal.PositionRecorded;
import eu.sanctions.events.renewal.PositionRejected;
import eu.sanctions.events.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With desk principals configured, a desk speaks for its own state only, whichever door
 * it uses: on Kafka its system signs each position as its state's principal, and through
 * the API and the engine REST API its token names its state.
 */
class SignedPositionsTest extends ProductionLikeServiceTest {

	@Test
	void refusesPositionsNotSignedByTheDeskSystemOfTheirState() {
		StartedRenewal started = renewalCollectingPositions();
		String packageKey = started.packageKey();
		String renewalId = started.renewalId();
		TopicReader integrator = renewalEvents();

		String unsigned = writer().send(Topics.POSITIONS, position(packageKey, renewalId, "LT"), DESK_SYSTEM).getId();
		String forged = sendSigned(position(packageKey, renewalId, "LT"), "desk-LT", "a-secret-nobody-configured")
			.getId();
		String forAnother = sendSigned(position(packageKey, renewalId, "HU"), "desk-LT", secretOf("LT")).getId();
		String stranger = sendSigned(position(packageKey, renewalId, "LT"), "desk-XX", secretOf("LT")).getId();
		String signed = sendSigned(position(packageKey, renewalId, "LT"), "desk-LT", secretOf("LT")).getId();

		List<ReceivedEvent> events = integrator.awaitEvents(packageKey, 9);
		List<PositionRejected> rejections = data(events, PositionRejected.class);
		assertThat(rejections).extracting(PositionRejected::rejectedEventId)
			.containsExactly(unsigned, forged, forAnother, stranger);
		assertThat(rejections).extracting(PositionRejected::reason)
			.containsOnly(PositionRejected.Reason.STATE_NOT_AUTHORIZED);
		assertThat(rejections.get(2).state()).isEqualTo("HU");
		assertThat(rejections.get(2).detail()).contains("LT").contains("HU");
		assertThat(data(events, PositionRecorded.class)).singleElement().satisfies((recorded) -> {
			assertThat(recorded.state().euCode()).isEqualTo("LT");
			assertThat(recorded.submittedBy()).isEqualTo("desk-LT/system");
		});
		assertThat(types(events).get(8)).isEqualTo(EventType.POSITION_RECORDED);
		assertThat(signed).isNotBlank();
	}

	@Test
	void refusesADeskThatSpeaksForAnotherStateThroughTheApiAndTheEngine() {
		StartedRenewal started = renewalInReview();
		LocalDate expiry = started.expiry();
		String renewalId = started.renewalId();
		reviewExtending(renewalId, expiry.plusYears(1), expiry.minusDays(20));
		List<JsonNode> tasks = awaitTasks(renewalId, "givePosition", 27);
		String hungary = tasks.stream()
			.filter((task) -> task.path("name").asText().equals("Position of HU"))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asText();

		ResponseEntity<JsonNode> onApi = positionOnRest("desk-LT", renewalId, "HU", Position.OPPOSE);
		ResponseEntity<String> onEngine = complete("desk-LT", hungary, Map.of("position", "OPPOSE"));
		List<JsonNode> seen = tasks("desk-LT", renewalId, "givePosition");
		ResponseEntity<JsonNode> own = positionOnRest("desk-LT", renewalId, "LT", Position.SUPPORT);

		assertThat(onApi.getStatusCode().value()).isEqualTo(403);
		assertThat(onApi.getBody().path("reason").asText()).isEqualTo("STATE_NOT_AUTHORIZED");
		assertThat(onEngine.getStatusCode().value()).as(onEngine.getBody()).isEqualTo(403);
		assertThat(seen).singleElement()
			.satisfies((task) -> assertThat(task.path("name").asText()).isEqualTo("Position of LT"));
		assertThat(own.getStatusCode().value()).isEqualTo(200);
		JsonNode renewal = awaitRenewal(renewalId, (detail) -> detail.path("positions").size() == 1);
		assertThat(PositionRaceTest.stateOf(renewal, "LT").path("submittedBy").asText()).isEqualTo("desk-LT");
	}

	private static PositionSubmitted position(String packageKey, String renewalId, String state) {
		return new PositionSubmitted(packageKey, renewalId, state, Position.SUPPORT, null, null,
				"desk-" + state + "/system");
	}

}
