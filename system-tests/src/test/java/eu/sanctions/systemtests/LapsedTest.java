package eu.sanctions.systemtests;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.renewal.RenewalLapsed;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.systemtests.client.SanctionsSystem;
import eu.sanctions.systemtests.client.Users;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 2: a veto stands; the expiry passes (the services' clocks moved, not waited
 * for); the renewal ends lapsed and the registry shows the package LAPSED from the next
 * day. Last, because time only moves forward.
 */
@WithStack
@Order(4)
class LapsedTest {

	private static final String PACKAGE = "EU-LPS";

	@Test
	void lapsesWhenAVetoStandsUntilTheExpiry(Stack stack) {
		SanctionsSystem system = stack.system();
		String renewal = Scenarios.packageComingDue(stack, PACKAGE, 40);
		Scenarios.reviewToExtend(stack, renewal, 14);
		for (MemberState state : MemberState.values()) {
			Position position = (state == MemberState.HU) ? Position.OPPOSE : Position.SUPPORT;
			assertThat(system.renewals().submit(Users.desk(state), renewal, state, position, null, null).status())
				.isEqualTo(200);
		}
		system.renewals()
			.await("staff", renewal, "the veto", Scenarios.WAIT,
					(detail) -> "BLOCKED".equals(detail.path("risk").path("level").asText()));
		system.tasks().await("staff", renewal, "negotiate", Scenarios.WAIT);

		LocalDate expiry = LocalDate.parse(system.renewals().get("staff", renewal).path("expiry").asText());
		system.clocks().moveTo(expiry.plusDays(1).atTime(0, 5).atZone(Stack.BRUSSELS).toOffsetDateTime());

		JsonNode lapsed = system.renewals()
			.await("staff", renewal, "lapsed", Scenarios.WAIT,
					(detail) -> "LAPSED".equals(detail.path("status").asText()));
		assertThat(lapsed.path("endedAt").isMissingNode()).isFalse();
		JsonNode registry = Awaitility.await()
			.atMost(Scenarios.WAIT)
			.until(() -> system.registry().get("staff", PACKAGE),
					(state) -> "LAPSED".equals(state.path("status").asText()));
		assertThat(registry.path("lapsedOn").asText()).isEqualTo(expiry.plusDays(1).toString());
		assertThat(system.registry().asOf("staff", PACKAGE, expiry).path("status").asText())
			.as("in force until the expiry day")
			.isEqualTo("ACTIVE");
		assertThat(system.registry().asOf("staff", PACKAGE, expiry.plusDays(1)).path("status").asText())
			.isEqualTo("LAPSED");

		try (TopicReader reader = TopicReader.of(stack.bootstrapServers(), Topics.RENEWAL_EVENTS)) {
			RenewalLapsed event = reader.awaitEvent(PACKAGE, EventType.RENEWAL_LAPSED).data(RenewalLapsed.class);
			assertThat(event.reason()).isEqualTo(RenewalLapsed.Reason.EXPIRED_WITHOUT_ADOPTION);
			assertThat(event.blockingStates()).containsExactly(MemberState.HU);
		}
		try (TopicReader reader = TopicReader.of(stack.bootstrapServers(), Topics.REGISTRY_EVENTS)) {
			ReceivedEvent measuresLapsed = reader.awaitEvent(PACKAGE, EventType.MEASURES_LAPSED);
			assertThat(measuresLapsed.subject()).isEqualTo(PACKAGE);
		}
		Awaitility.await()
			.atMost(Scenarios.WAIT)
			.untilAsserted(() -> assertThat(
					system.notifications().inbox(Users.desk(MemberState.LT), EventType.RENEWAL_LAPSED.type(), PACKAGE))
				.isNotEmpty());
	}

}
