package eu.sanctions.systemtests;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.registry.MeasuresExtended;
import eu.sanctions.events.renewal.ExtensionAdopted;
import eu.sanctions.events.renewal.PositionRecorded;
import eu.sanctions.systemtests.client.SanctionsSystem;
import eu.sanctions.systemtests.client.Users;
import eu.sanctions.systemtests.scenario.BelarusCompromise;
import eu.sanctions.systemtests.scenario.Narrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Scenario 1: EU-BLR comes due, one veto, a compromise on two delistings, a revision
 * while the adoption is offered, adoption, the registry extended; every desk and the
 * webhook subscriber told; the package's event streams valid and gap-free.
 */
@WithStack
@Order(1)
class ExtendedAfterCompromiseTest {

	private static final String HOOK = "extended";

	@Test
	void extendsBelarusAfterACompromise(Stack stack) {
		SanctionsSystem system = stack.system();
		JsonNode subscription = system.notifications()
			.subscribe("integrator", stack.webhooks().url(HOOK), List.of(BelarusCompromise.PACKAGE),
					List.of(EventType.EXTENSION_ADOPTED.type(), EventType.MEASURES_EXTENDED.type()), Scenarios.WAIT);
		JsonNode due = system.renewals().awaitOpen("staff", BelarusCompromise.PACKAGE, Scenarios.WAIT);
		assertThat(system.renewals().get("staff", due.path("id").asText()).path("startedBy").asText())
			.as("the registry's renewal-due started it")
			.isEqualTo("registry");

		BelarusCompromise.Outcome outcome = new BelarusCompromise(system, Narrator.silent(), stack::today).play();

		assertThat(outcome.renewalId()).isEqualTo("EU-BLR:2027-02-28");
		assertThat(outcome.pickedUpAt()).isNull();
		assertThat(outcome.newExpiry()).isEqualTo(LocalDate.of(2028, 2, 28));
		JsonNode belarus = system.registry().get("staff", BelarusCompromise.PACKAGE);
		assertThat(belarus.path("status").asText()).isEqualTo("ACTIVE");
		assertThat(belarus.path("expiry").asText()).isEqualTo("2028-02-28");
		assertThat(belarus.path("listingCount").asInt()).isEqualTo(312 + 57 - 2);
		assertThat(StreamSupport.stream(belarus.path("listings").spliterator(), false)
			.map((listing) -> listing.path("euReferenceNumber").asText()))
			.doesNotContainAnyElementsOf(outcome.delisted());

		assertRenewalStream(stack, outcome);
		assertRegistryStream(stack, outcome);
		assertDesksWereTold(system, outcome);
		assertStaffWereTold(stack, outcome);
		List<ReceivedEvent> delivered = Scenarios.awaitWebhookDeliveries(stack, HOOK,
				subscription.path("secret").asText(),
				List.of(EventType.EXTENSION_ADOPTED, EventType.MEASURES_EXTENDED));
		assertThat(delivered).extracting(ReceivedEvent::subject)
			.containsExactlyInAnyOrder(outcome.renewalId(), BelarusCompromise.PACKAGE);
	}

	private void assertRenewalStream(Stack stack, BelarusCompromise.Outcome outcome) {
		List<ReceivedEvent> events = Scenarios.settledRenewalStream(stack, outcome.renewalId(),
				BelarusCompromise.PACKAGE);
		List<EventType> types = Scenarios.types(events);
		assertThat(types.get(0)).isEqualTo(EventType.RENEWAL_STARTED);
		assertThat(types.get(types.size() - 1)).isEqualTo(EventType.RENEWAL_COMPLETED);
		assertThat(types).containsSubsequence(EventType.RENEWAL_STARTED, EventType.REVIEW_COMPLETED,
				EventType.POSITIONS_REQUESTED, EventType.VETO_RISK_ASSESSED, EventType.NEGOTIATION_OPENED,
				EventType.POSITIONS_REQUESTED, EventType.POSITION_RECORDED, EventType.POSITION_RECORDED,
				EventType.POSITION_RECORDED, EventType.EXTENSION_ADOPTED, EventType.RENEWAL_COMPLETED);
		assertThat(types).filteredOn(EventType.POSITION_RECORDED::equals)
			.as("27 positions, 2 asked again, 1 revision")
			.hasSize(27 + 2 + 1);
		assertThat(events).allSatisfy((event) -> assertThat(event.subject()).isEqualTo(outcome.renewalId()));
		List<PositionRecorded> positions = events.stream()
			.filter((event) -> event.type() == EventType.POSITION_RECORDED)
			.map((event) -> event.data(PositionRecorded.class))
			.toList();
		assertThat(positions).extracting((position) -> position.channel().name())
			.as("every door was used")
			.containsOnly("REST", "KAFKA", "TASKLIST");
		assertThat(positions).filteredOn((position) -> position.round() == 1)
			.extracting(PositionRecorded::state)
			.as("each state once in round 1")
			.containsExactlyInAnyOrder(MemberState.values());
		assertThat(positions).filteredOn((position) -> position.round() == 2)
			.extracting(PositionRecorded::state, PositionRecorded::position, PositionRecorded::previousPosition)
			.containsExactlyInAnyOrder(tuple(BelarusCompromise.OPPOSING, Position.SUPPORT, null),
					tuple(BelarusCompromise.CONDITIONAL, Position.SUPPORT, null),
					tuple(BelarusCompromise.REVISING, Position.CONSTRUCTIVE_ABSTENTION, Position.SUPPORT));

		// The revision came while the adoption was offered, and left it offered: no
		// negotiation between the revision and the adoption.
		int revision = indexOf(events, (event) -> event.type() == EventType.POSITION_RECORDED
				&& event.data(PositionRecorded.class).previousPosition() != null);
		int adoption = types.indexOf(EventType.EXTENSION_ADOPTED);
		assertThat(types.subList(revision, adoption)).doesNotContain(EventType.NEGOTIATION_OPENED);
		ExtensionAdopted adopted = events.get(adoption).data(ExtensionAdopted.class);
		assertThat(adopted.outcome().name()).isEqualTo("EXTENDED_WITH_AMENDMENTS");
		assertThat(adopted.previousExpiry()).isEqualTo(outcome.expiry());
		assertThat(adopted.newExpiry()).isEqualTo(outcome.newExpiry());
		assertThat(adopted.amendments()).extracting((amendment) -> amendment.euReferenceNumber())
			.containsExactlyElementsOf(outcome.delisted());
	}

	private void assertRegistryStream(Stack stack, BelarusCompromise.Outcome outcome) {
		List<ReceivedEvent> events = Scenarios.packageStream(stack, Topics.REGISTRY_EVENTS, BelarusCompromise.PACKAGE,
				(found) -> Scenarios.types(found).contains(EventType.MEASURES_EXTENDED));
		assertThat(Scenarios.types(events)).containsExactly(EventType.RENEWAL_DUE, EventType.MEASURES_EXTENDED);
		MeasuresExtended extended = events.get(1).data(MeasuresExtended.class);
		assertThat(extended.previousExpiry()).isEqualTo(outcome.expiry());
		assertThat(extended.newExpiry()).isEqualTo(outcome.newExpiry());
		assertThat(extended.listingsRemoved()).containsExactlyInAnyOrderElementsOf(outcome.delisted());
		assertThat(extended.listingCountAfter()).isEqualTo(outcome.listingCount());
	}

	private void assertDesksWereTold(SanctionsSystem system, BelarusCompromise.Outcome outcome) {
		for (MemberState state : MemberState.values()) {
			String desk = Users.desk(state);
			Awaitility.await()
				.atMost(Scenarios.WAIT)
				.untilAsserted(() -> assertThat(
						system.notifications().inbox(desk, EventType.POSITIONS_REQUESTED.type(), outcome.renewalId()))
					.as("%s was asked for its position", desk)
					.hasSize(BelarusCompromise.ASKED_AGAIN.contains(state) ? 2 : 1));
			Awaitility.await()
				.atMost(Scenarios.WAIT)
				.untilAsserted(() -> assertThat(system.notifications()
					.inbox(desk, EventType.MEASURES_EXTENDED.type(), BelarusCompromise.PACKAGE))
					.as("%s heard that the measures are extended", desk)
					.hasSize(1));
		}
	}

	private void assertStaffWereTold(Stack stack, BelarusCompromise.Outcome outcome) {
		Awaitility.await()
			.atMost(Scenarios.WAIT)
			.untilAsserted(() -> assertThat(stack.system()
				.notifications()
				.inbox("staff", EventType.NEGOTIATION_OPENED.type(), outcome.renewalId())).hasSize(1));
		Awaitility.await()
			.atMost(Scenarios.WAIT)
			.untilAsserted(() -> assertThat(stack.mail().getReceivedMessages())
				.anySatisfy((message) -> assertThat(message.getSubject())
					.isEqualTo(BelarusCompromise.PACKAGE + ": negotiation opened, veto risk BLOCKED")));
	}

	private static int indexOf(List<ReceivedEvent> events, Predicate<ReceivedEvent> condition) {
		for (int index = 0; index < events.size(); index++) {
			if (condition.test(events.get(index))) {
				return index;
			}
		}
		throw new AssertionError("No such event");
	}

}
