package eu.sanctions.renewal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.SignalSeverity;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.inbound.PressureSignalReported;
import eu.sanctions.events.registry.RegistryUpdateRejected;
import eu.sanctions.events.renewal.ExtensionAdopted;
import eu.sanctions.events.renewal.SignalRecorded;
import eu.sanctions.events.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's answers reach the renewal that waits for them, and pressure signals
 * every running renewal of their package.
 */
class RegistryAndSignalsTest extends EmbeddedServiceTest {

	@Test
	void resendsTheAdoptionAfterTheRegistryRefusedItAndCompletesOnItsConfirmation() {
		StartedRenewal started = renewalCollectingPositions();
		String packageKey = started.packageKey();
		LocalDate expiry = started.expiry();
		String renewalId = started.renewalId();
		TopicReader integrator = renewalEvents();
		allStates().forEach((state) -> positionOnKafka(renewalId, state, Position.SUPPORT));
		recordAdoption(renewalId);
		String adopted = integrator.awaitEvent(packageKey, EventType.EXTENSION_ADOPTED).id();

		registryRefused(packageKey, renewalId, adopted);
		String refusal = awaitTask(renewalId, "resolveRegistryRefusal");
		assertThat(awaitRenewal(renewalId, (detail) -> detail.path("phase").asText().equals("REGISTRY_REFUSED"))
			.path("timeline")
			.findValuesAsText("type")).contains(EventType.REGISTRY_UPDATE_REJECTED.type());
		ResponseEntity<String> resent = complete("staff", refusal, Map.of("refusalDecision", "RESEND", "actReference",
				"Council Decision (CFSP) 2027/2", "adoptionDate", today().toString()));
		assertThat(resent.getStatusCode().value()).as(resent.getBody()).isEqualTo(204);
		awaitRenewal(renewalId, (detail) -> detail.path("phase").asText().equals("AWAITING_REGISTRY"));
		measuresExtended(renewalId, expiry, expiry.plusYears(1));
		awaitRenewal(renewalId, (detail) -> detail.path("status").asText().equals("EXTENDED"));
		String late = measuresExtended(renewalId, expiry, expiry.plusYears(1)).getId();

		JsonNode renewal = awaitRenewal(renewalId,
				(detail) -> PositionRaceTest.timelineTypes(detail).contains("measures-extended-ignored"));
		assertThat(renewal.path("timeline").findValuesAsText("eventId")).contains(late);
		List<ReceivedEvent> events = integrator.awaitEvents(packageKey, 35);
		assertThat(types(events).subList(31, 35)).containsExactly(EventType.VETO_RISK_ASSESSED,
				EventType.EXTENSION_ADOPTED, EventType.EXTENSION_ADOPTED, EventType.RENEWAL_COMPLETED);
		assertThat(data(events, ExtensionAdopted.class)).extracting(ExtensionAdopted::actReference)
			.containsExactly("Council Decision (CFSP) 2027/1", "Council Decision (CFSP) 2027/2");
		assertThat(renewal.path("outcome").asText()).isEqualTo("EXTENDED");
	}

	@Test
	void recordsASignalOnEveryRunningRenewalOfItsPackage() {
		String packageKey = newPackageKey();
		LocalDate expiry = today().plusMonths(3);
		TopicReader integrator = renewalEvents();
		renewalDue(packageKey, expiry);
		renewalDue(packageKey, expiry.plusMonths(6));
		awaitRenewal(packageKey + ":" + expiry);
		awaitRenewal(packageKey + ":" + expiry.plusMonths(6));

		String signal = writer()
			.send(Topics.SIGNALS,
					new PressureSignalReported(packageKey, "TRUCKS_HELD", "Trucks held at the border",
							SignalSeverity.HIGH, List.of(MemberState.LT, MemberState.PL),
							Instant.parse("2026-11-20T06:30:00Z"), "analyst.vilnius"),
					URI_ANALYST)
			.getId();
		String nobody = writer().send(Topics.SIGNALS,
				new PressureSignalReported(newPackageKey(), "BALLOONS", "Balloons over the border", SignalSeverity.LOW,
						List.of(MemberState.LT), Instant.parse("2026-11-20T06:30:00Z"), "analyst.vilnius"),
				URI_ANALYST)
			.getId();

		List<ReceivedEvent> events = integrator.awaitEvents(packageKey, 6);
		List<SignalRecorded> recorded = data(events, SignalRecorded.class);
		assertThat(recorded).extracting(SignalRecorded::renewalId)
			.containsExactlyInAnyOrder(packageKey + ":" + expiry, packageKey + ":" + expiry.plusMonths(6));
		assertThat(recorded).allSatisfy((one) -> {
			assertThat(one.signalId()).isEqualTo(signal);
			assertThat(one.statesConcerned()).containsExactly(MemberState.LT, MemberState.PL);
			assertThat(one.observedAt()).isEqualTo(Instant.parse("2026-11-20T06:30:00Z"));
		});
		assertThat(types(events)).containsOnly(EventType.RENEWAL_STARTED, EventType.SIGNAL_RECORDED,
				EventType.VETO_RISK_ASSESSED);
		Awaitility.await()
			.atMost(WAIT)
			.until(() -> this.jdbc.sql("SELECT COUNT(*) FROM event_inbox WHERE event_id = ?")
				.param(nobody)
				.query(Long.class)
				.single() == 1);
	}

	@Test
	void acknowledgesWithoutApplyingASignalOnARenewalWhoseAdoptionIsRecorded() {
		StartedRenewal started = renewalCollectingPositions();
		String packageKey = started.packageKey();
		String renewalId = started.renewalId();
		TopicReader integrator = renewalEvents();
		allStates().forEach((state) -> positionOnKafka(renewalId, state, Position.SUPPORT));
		recordAdoption(renewalId);
		integrator.awaitEvent(packageKey, EventType.EXTENSION_ADOPTED);

		String signal = writer()
			.send(Topics.SIGNALS,
					new PressureSignalReported(packageKey, "BORDER_CLOSED", "Border checkpoints closed",
							SignalSeverity.CRITICAL, List.of(MemberState.LT), Instant.parse("2026-11-20T06:30:00Z"),
							"analyst.vilnius"),
					URI_ANALYST)
			.getId();
		Awaitility.await()
			.atMost(WAIT)
			.until(() -> this.jdbc.sql("SELECT COUNT(*) FROM event_inbox WHERE event_id = ?")
				.param(signal)
				.query(Long.class)
				.single() == 1);
		measuresExtended(renewalId, started.expiry(), started.expiry().plusYears(1));

		integrator.awaitEvent(packageKey, EventType.RENEWAL_COMPLETED);
		List<ReceivedEvent> events = integrator.awaitEvents(packageKey, 34);
		assertThat(types(events)).doesNotContain(EventType.SIGNAL_RECORDED)
			.endsWith(EventType.EXTENSION_ADOPTED, EventType.RENEWAL_COMPLETED);
	}

	private void registryRefused(String packageKey, String renewalId, String adopted) {
		writer().send(Topics.REGISTRY_EVENTS,
				new RegistryUpdateRejected(packageKey, renewalId, adopted, EventType.EXTENSION_ADOPTED.type(),
						RegistryUpdateRejected.Reason.INVALID_NEW_EXPIRY, "The new expiry is not after the old one",
						null, null),
				REGISTRY);
	}

	static final URI URI_ANALYST = URI.create("urn:test:analyst-" + UUID.randomUUID());

}
