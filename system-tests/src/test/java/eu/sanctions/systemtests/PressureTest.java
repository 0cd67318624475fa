package eu.sanctions.systemtests;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.SignalSeverity;
import eu.sanctions.events.inbound.PressureSignalReported;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 3: a signal ("trucks held at the border", high severity) while positions are
 * collected raises the risk, and staff are alerted at once, in their inbox and by e-mail;
 * nothing stops.
 */
@WithStack
@Order(2)
class PressureTest {

	static final String PACKAGE = "EU-PRS";

	@Test
	void raisesTheRiskAndAlertsStaffOnASignal(Stack stack) {
		String renewal = Scenarios.packageComingDue(stack, PACKAGE, 60);
		Scenarios.reviewToExtend(stack, renewal, 14);
		assertThat(stack.system().renewals().get("staff", renewal).path("risk").path("level").asText()).isIn("NONE",
				"LOW", "MEDIUM");

		stack.system()
			.kafka()
			.report(new PressureSignalReported(PACKAGE, "TRUCKS_HELD",
					"Thousands of Lithuanian and Polish trucks held at the border", SignalSeverity.HIGH,
					List.of(MemberState.LT, MemberState.PL), Instant.now(), "analyst-desk"));

		JsonNode raised = stack.system()
			.renewals()
			.await("staff", renewal, "the risk raised", Scenarios.WAIT,
					(detail) -> List.of("HIGH", "BLOCKED").contains(detail.path("risk").path("level").asText()));
		assertThat(raised.path("status").asText()).as("a signal stops nothing").isEqualTo("OPEN");
		assertThat(raised.path("timeline").findValuesAsText("type")).contains(EventType.SIGNAL_RECORDED.type());
		Awaitility.await()
			.atMost(Scenarios.WAIT)
			.untilAsserted(() -> assertThat(
					stack.system().notifications().inbox("staff", EventType.VETO_RISK_ASSESSED.type(), renewal))
				.isNotEmpty());
		Awaitility.await()
			.atMost(Scenarios.WAIT)
			.untilAsserted(() -> assertThat(stack.mail().getReceivedMessages())
				.anySatisfy((message) -> assertThat(message.getSubject()).contains(PACKAGE)));
		assertThat(stack.system()
			.tasks()
			.find(eu.sanctions.systemtests.client.Users.desk(MemberState.LT), renewal, "givePosition"))
			.as("the desks can still answer")
			.isPresent();
	}

}
