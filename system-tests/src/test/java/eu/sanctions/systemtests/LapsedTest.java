package eu.sanctions.systemtests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.registry.MeasuresLapsed;
import eu.sanctions.events.renewal.RenewalLapsed;
import eu.sanctions.systemtests.client.SanctionsSystem;
import eu.sanctions.systemtests.client.Users;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 2: a veto stands; the expiry passes (the services' clocks moved, not waited
 * for); the renewal ends lapsed and the registry shows the package LAPSED from the next
 * day, not on the expiry day itself. After the scenarios that need the clock where it is,
 * because time only moves forward.
 */
@WithStack
@Order(4)
class LapsedTest {

	private static final String PACKAGE = "EU-LPS";

	private static final String HOOK = "lapsed";

	@Test
	void lapsesWhenAVetoStandsUntilTheExpiry(Stack stack) {
		SanctionsSystem system = stack.system();
		String renewal = Scenarios.packageComingDue(stack, PACKAGE, 40);
		JsonNode subscription = system.notifications()
			.subscribe("integrator", stack.webhooks().url(HOOK), List.of(PACKAGE),
					List.of(EventType.RENEWAL_LAPSED.type(), EventType.MEASURES_LAPSED.type()), Scenarios.WAIT);
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

		// The expiry day's last hour: the measures still apply.
		system.clocks().moveTo(expiry.atTime(23, 0).atZone(Stack.BRUSSELS).toOffsetDateTime());
		assertThat(system.registry().get("staff", PACKAGE).path("status").asText()).isEqualTo("ACTIVE");
		assertThat(system.renewals().get("staff", renewal).path("status").asText()).isEqualTo("OPEN");
		assertThat(system.tasks().find("staff", renewal, "negotiate")).as("staff may still negotiate").isPresent();

		system.clocks().moveTo(expiry.plusDays(1).atTime(0, 5).atZone(Stack.BRUSSELS).toOffsetDateTime());

		JsonNode lapsed = system.renewals()
			.await("staff", renewal, "lapsed", Scenarios.WAIT,
					(detail) -> "LAPSED".equals(detail.path("status").asText()));
		assertThat(Instant.parse(lapsed.path("endedAt").asText()).atZone(Stack.BRUSSELS).toLocalDate())
			.as("ended when the expiry day was over")
			.isEqualTo(expiry.plusDays(1));
		JsonNode registry = Awaitility.await()
			.atMost(Scenarios.WAIT)
			.until(() -> system.registry().get("staff", PACKAGE),
					(state) -> "LAPSED".equals(state.path("status").asText()));
		assertThat(registry.path("lapsedOn").asText()).isEqualTo(expiry.plusDays(1).toString());
		assertThat(registry.path("effectiveDate").asText()).isEqualTo(expiry.plusDays(1).toString());
		assertThat(system.registry().asOf("staff", PACKAGE, expiry).path("status").asText())
			.as("in force until the expiry day")
			.isEqualTo("ACTIVE");
		assertThat(system.registry().asOf("staff", PACKAGE, expiry.plusDays(1)).path("status").asText())
			.isEqualTo("LAPSED");

		ReceivedEvent renewalLapsed = assertRenewalStream(stack, renewal, expiry);
		ReceivedEvent measuresLapsed = assertRegistryStream(stack, renewal, expiry, renewalLapsed,
				registry.path("revision").asLong());
		for (MemberState state : MemberState.values()) {
			Awaitility.await()
				.atMost(Scenarios.WAIT)
				.untilAsserted(() -> assertThat(
						system.notifications().inbox(Users.desk(state), EventType.RENEWAL_LAPSED.type(), PACKAGE))
					.as("%s heard of the lapse", Users.desk(state))
					.singleElement()
					.satisfies((notification) -> assertThat(notification.path("title").asText())
						.isEqualTo(PACKAGE + ": the measures lapse on " + expiry.plusDays(1))));
		}
		// The renewal's lapse, and the registry's when it takes effect: both told.
		List<ReceivedEvent> delivered = Scenarios.awaitWebhookDeliveries(stack, HOOK,
				subscription.path("secret").asText(), List.of(EventType.RENEWAL_LAPSED, EventType.MEASURES_LAPSED));
		assertThat(delivered).extracting(ReceivedEvent::id).contains(renewalLapsed.id(), measuresLapsed.id());
		Awaitility.await()
			.atMost(Scenarios.WAIT)
			.untilAsserted(() -> assertThat(
					system.notifications().inbox(Users.desk(MemberState.HU), EventType.MEASURES_LAPSED.type(), PACKAGE))
				.singleElement()
				.satisfies((notification) -> assertThat(notification.path("title").asText())
					.isEqualTo(PACKAGE + ": measures no longer in force since " + expiry.plusDays(1))));
	}

	private ReceivedEvent assertRenewalStream(Stack stack, String renewal, LocalDate expiry) {
		List<ReceivedEvent> events = Scenarios.settledRenewalStream(stack, renewal, PACKAGE);
		List<EventType> types = Scenarios.types(events);
		assertThat(types).containsSubsequence(EventType.RENEWAL_STARTED, EventType.REVIEW_COMPLETED,
				EventType.POSITIONS_REQUESTED, EventType.VETO_RISK_ASSESSED, EventType.NEGOTIATION_OPENED,
				EventType.RENEWAL_LAPSED);
		assertThat(types.get(0)).isEqualTo(EventType.RENEWAL_STARTED);
		assertThat(types.get(types.size() - 1)).isEqualTo(EventType.RENEWAL_LAPSED);
		assertThat(types).filteredOn(EventType.POSITION_RECORDED::equals).hasSize(27);
		assertThat(types).doesNotContain(EventType.EXTENSION_ADOPTED, EventType.RENEWAL_COMPLETED);
		ReceivedEvent lapsed = events.get(events.size() - 1);
		RenewalLapsed data = lapsed.data(RenewalLapsed.class);
		assertThat(data.reason()).isEqualTo(RenewalLapsed.Reason.EXPIRED_WITHOUT_ADOPTION);
		assertThat(data.blockingStates()).containsExactly(MemberState.HU);
		assertThat(data.expiry()).isEqualTo(expiry);
		assertThat(data.lapsesOn()).isEqualTo(expiry.plusDays(1));
		return lapsed;
	}

	/**
	 * @return the registry's measures-lapsed
	 */
	private ReceivedEvent assertRegistryStream(Stack stack, String renewal, LocalDate expiry,
			ReceivedEvent renewalLapsed, long revision) {
		List<ReceivedEvent> events = Scenarios.packageStream(stack, Topics.REGISTRY_EVENTS, PACKAGE,
				(found) -> Scenarios.types(found).contains(EventType.MEASURES_LAPSED));
		assertThat(Scenarios.types(events)).containsExactly(EventType.RENEWAL_DUE, EventType.MEASURES_LAPSED);
		MeasuresLapsed lapsed = events.get(1).data(MeasuresLapsed.class);
		assertThat(lapsed.renewalId()).isEqualTo(renewal);
		assertThat(lapsed.causationEventId()).isEqualTo(renewalLapsed.id());
		assertThat(lapsed.revision()).isEqualTo(revision);
		assertThat(lapsed.expiry()).isEqualTo(expiry);
		assertThat(lapsed.lapsedOn()).isEqualTo(expiry.plusDays(1));
		return events.get(1);
	}

}
