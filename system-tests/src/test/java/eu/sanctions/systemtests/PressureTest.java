package eu.sanctions.systemtests;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.RiskLevel;
import eu.sanctions.events.SignalSeverity;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.inbound.PressureSignalReported;
import eu.sanctions.events.renewal.SignalRecorded;
import eu.sanctions.events.renewal.VetoRiskAssessed;
import eu.sanctions.systemtests.client.SanctionsSystem;
import eu.sanctions.systemtests.client.Users;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 3: a signal ("trucks held at the border", high severity) while positions are
 * collected raises the risk, and staff are alerted at once, in their inbox and by e-mail;
 * nothing stops, and the registry does not change.
 */
@WithStack
@Order(2)
class PressureTest {

	private static final String PACKAGE = "EU-PRS";

	private static final String STAFF_ADDRESS = "sanctions-team@sanctions.test";

	@Test
	void raisesTheRiskAndAlertsStaffOnASignal(Stack stack) {
		SanctionsSystem system = stack.system();
		String renewal = Scenarios.packageComingDue(stack, PACKAGE, 60);
		Scenarios.reviewToExtend(stack, renewal, 14);
		String levelBefore = system.renewals().get("staff", renewal).path("risk").path("level").asText();
		assertThat(levelBefore).isIn("NONE", "LOW", "MEDIUM");
		JsonNode registryBefore = system.registry().get("staff", PACKAGE);
		List<ReceivedEvent> before = Scenarios.settledRenewalStream(stack, renewal, PACKAGE);

		// Observed now for the services, whose clock is not the build's.
		OffsetDateTime observed = system.clocks().now();
		CloudEvent signal = system.kafka()
			.report(new PressureSignalReported(PACKAGE, "TRUCKS_HELD",
					"Thousands of Lithuanian and Polish trucks held at the border", SignalSeverity.HIGH,
					List.of(MemberState.LT, MemberState.PL), observed.toInstant(), "analyst-desk"), observed);

		JsonNode raised = system.renewals()
			.await("staff", renewal, "the risk raised", Scenarios.WAIT,
					(detail) -> "HIGH".equals(detail.path("risk").path("level").asText()));
		assertThat(raised.path("status").asText()).as("a signal stops nothing").isEqualTo("OPEN");
		assertThat(raised.path("phase").asText()).isEqualTo("POSITIONS");

		List<ReceivedEvent> events = Scenarios.settledRenewalStream(stack, renewal, PACKAGE);
		List<ReceivedEvent> added = events.subList(before.size(), events.size());
		assertThat(Scenarios.types(added)).containsExactly(EventType.SIGNAL_RECORDED, EventType.VETO_RISK_ASSESSED);
		SignalRecorded recorded = added.get(0).data(SignalRecorded.class);
		assertThat(recorded.signalId()).isEqualTo(signal.getId());
		assertThat(recorded.severity()).isEqualTo(SignalSeverity.HIGH);
		assertThat(recorded.statesConcerned()).containsExactly(MemberState.LT, MemberState.PL);
		assertThat(recorded.observedAt()).isEqualTo(observed.toInstant());
		VetoRiskAssessed assessed = added.get(1).data(VetoRiskAssessed.class);
		assertThat(assessed.level()).isEqualTo(RiskLevel.HIGH);
		assertThat(assessed.previousLevel()).isEqualTo(RiskLevel.valueOf(levelBefore));
		assertThat(assessed.trigger()).isEqualTo(VetoRiskAssessed.Trigger.SIGNAL);
		assertThat(added).extracting((event) -> event.time().atZoneSameInstant(Stack.BRUSSELS).toLocalDate())
			.as("stamped on the services' day")
			.containsOnly(stack.today());

		JsonNode registryAfter = system.registry().get("staff", PACKAGE);
		assertThat(registryAfter.path("revision").asLong()).as("a signal changes nothing in force")
			.isEqualTo(registryBefore.path("revision").asLong());
		assertThat(registryAfter.path("status").asText()).isEqualTo("ACTIVE");

		String alert = PACKAGE + ": veto risk HIGH (was " + levelBefore + ")";
		Awaitility.await()
			.atMost(Scenarios.WAIT)
			.untilAsserted(() -> assertThat(
					system.notifications().inbox("staff", EventType.VETO_RISK_ASSESSED.type(), renewal))
				.singleElement()
				.satisfies((notification) -> assertThat(notification.path("title").asText()).isEqualTo(alert)));
		Awaitility.await()
			.atMost(Scenarios.WAIT)
			.untilAsserted(() -> assertThat(stack.mail().getReceivedMessages())
				.filteredOn((message) -> subject(message).startsWith(PACKAGE + ":"))
				.singleElement()
				.satisfies((message) -> {
					assertThat(message.getSubject()).isEqualTo(alert);
					assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(STAFF_ADDRESS);
				}));
		Awaitility.await()
			.atMost(Scenarios.WAIT)
			.untilAsserted(() -> assertThat(Scenarios.inboxes(stack, PACKAGE))
				.as("staff have the alert; each desk was asked for its position, and told nothing more")
				.allSatisfy((recipient, notifications) -> assertThat(notifications).hasSize(1)));
		assertThat(system.tasks().find(Users.desk(MemberState.LT), renewal, "givePosition"))
			.as("the desks can still answer")
			.isPresent();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
