package eu.sanctions.systemtests;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.registry.MeasuresExtended;
import eu.sanctions.events.renewal.ExtensionAdopted;
import eu.sanctions.events.renewal.PositionRecorded;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.systemtests.client.SanctionsSystem;
import eu.sanctions.systemtests.client.Users;
import eu.sanctions.systemtests.scenario.BelarusCompromise;
import eu.sanctions.systemtests.scenario.Narrator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 1: EU-BLR comes due, one veto, a compromise on two delistings, adoption, the
 * registry extended; every desk and the webhook subscriber told; the package's event
 * stream valid and gap-free.
 */
@WithStack
@Order(1)
class ExtendedAfterCompromiseTest {

	private static final Duration WAIT = Duration.ofSeconds(60);

	@Test
	void extendsBelarusAfterACompromise(Stack stack) throws Exception {
		SanctionsSystem system = stack.system();
		JsonNode subscription = system.notifications()
			.subscribe("integrator", stack.webhooks().url(), List.of(BelarusCompromise.PACKAGE),
					List.of(EventType.EXTENSION_ADOPTED.type(), EventType.MEASURES_EXTENDED.type()));

		BelarusCompromise.Outcome outcome = new BelarusCompromise(system, Narrator.silent(), stack::today).play();

		assertThat(outcome.renewalId()).isEqualTo("EU-BLR:2027-02-28");
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
		assertWebhookSubscriberWasTold(stack, subscription.path("secret").asText());
	}

	private void assertRenewalStream(Stack stack, BelarusCompromise.Outcome outcome) {
		try (TopicReader reader = TopicReader.of(stack.bootstrapServers(), Topics.RENEWAL_EVENTS)) {
			List<ReceivedEvent> events = Awaitility.await()
				.atMost(WAIT)
				.until(() -> reader.events(BelarusCompromise.PACKAGE),
						(found) -> found.stream().anyMatch((event) -> event.type() == EventType.RENEWAL_COMPLETED));
			List<EventType> types = events.stream().map(ReceivedEvent::type).toList();
			assertThat(types.get(0)).isEqualTo(EventType.RENEWAL_STARTED);
			assertThat(types).containsSubsequence(EventType.RENEWAL_STARTED, EventType.REVIEW_COMPLETED,
					EventType.POSITIONS_REQUESTED, EventType.NEGOTIATION_OPENED, EventType.POSITIONS_REQUESTED,
					EventType.EXTENSION_ADOPTED, EventType.RENEWAL_COMPLETED);
			assertThat(types).filteredOn(EventType.POSITION_RECORDED::equals).hasSize(27 + 2);
			assertThat(events).extracting(ReceivedEvent::sequence)
				.as("the package's sequence has no gap")
				.containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
			assertThat(events).allSatisfy((event) -> assertThat(event.subject()).isEqualTo(outcome.renewalId()));
			assertThat(events.stream()
				.filter((event) -> event.type() == EventType.POSITION_RECORDED)
				.map((event) -> event.data(PositionRecorded.class).channel().name())
				.distinct()).as("every door was used").containsExactlyInAnyOrder("REST", "KAFKA", "TASKLIST");
			ExtensionAdopted adopted = events.stream()
				.filter((event) -> event.type() == EventType.EXTENSION_ADOPTED)
				.findFirst()
				.orElseThrow()
				.data(ExtensionAdopted.class);
			assertThat(adopted.outcome().name()).isEqualTo("EXTENDED_WITH_AMENDMENTS");
			assertThat(adopted.amendments()).extracting((amendment) -> amendment.euReferenceNumber())
				.containsExactlyElementsOf(outcome.delisted());
		}
	}

	private void assertRegistryStream(Stack stack, BelarusCompromise.Outcome outcome) {
		try (TopicReader reader = TopicReader.of(stack.bootstrapServers(), Topics.REGISTRY_EVENTS)) {
			List<ReceivedEvent> events = Awaitility.await()
				.atMost(WAIT)
				.until(() -> reader.events(BelarusCompromise.PACKAGE),
						(found) -> found.stream().anyMatch((event) -> event.type() == EventType.MEASURES_EXTENDED));
			assertThat(events).extracting(ReceivedEvent::type)
				.containsSubsequence(EventType.RENEWAL_DUE, EventType.MEASURES_EXTENDED);
			assertThat(events).extracting(ReceivedEvent::sequence)
				.containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
			MeasuresExtended extended = events.stream()
				.filter((event) -> event.type() == EventType.MEASURES_EXTENDED)
				.findFirst()
				.orElseThrow()
				.data(MeasuresExtended.class);
			assertThat(extended.previousExpiry()).isEqualTo(outcome.expiry());
			assertThat(extended.newExpiry()).isEqualTo(outcome.newExpiry());
			assertThat(extended.listingsRemoved()).containsExactlyInAnyOrderElementsOf(outcome.delisted());
			assertThat(extended.listingCountAfter()).isEqualTo(outcome.listingCount());
		}
	}

	private void assertDesksWereTold(SanctionsSystem system, BelarusCompromise.Outcome outcome) {
		for (MemberState state : MemberState.values()) {
			String desk = Users.desk(state);
			Awaitility.await()
				.atMost(WAIT)
				.untilAsserted(() -> assertThat(
						system.notifications().inbox(desk, EventType.POSITIONS_REQUESTED.type(), outcome.renewalId()))
					.as("%s was asked for its position", desk)
					.hasSize((state == BelarusCompromise.OPPOSING || state == BelarusCompromise.CONDITIONAL) ? 2 : 1));
			Awaitility.await()
				.atMost(WAIT)
				.untilAsserted(() -> assertThat(system.notifications()
					.inbox(desk, EventType.MEASURES_EXTENDED.type(), BelarusCompromise.PACKAGE))
					.as("%s heard that the measures are extended", desk)
					.isNotEmpty());
		}
	}

	private void assertStaffWereTold(Stack stack, BelarusCompromise.Outcome outcome) {
		Awaitility.await()
			.atMost(WAIT)
			.untilAsserted(() -> assertThat(stack.system()
				.notifications()
				.inbox("staff", EventType.NEGOTIATION_OPENED.type(), outcome.renewalId())).hasSize(1));
		Awaitility.await()
			.atMost(WAIT)
			.untilAsserted(() -> assertThat(stack.mail().getReceivedMessages())
				.anySatisfy((message) -> assertThat(message.getSubject()).containsIgnoringCase("negotiation")));
	}

	private void assertWebhookSubscriberWasTold(Stack stack, String secret) {
		List<WebhookReceiver.Delivery> deliveries = Awaitility.await()
			.atMost(WAIT)
			.until(() -> stack.webhooks().deliveries(), (found) -> found.size() >= 2);
		Webhook webhook = new Webhook(secret);
		EventCodec codec = new EventCodec();
		assertThat(deliveries).allSatisfy((delivery) -> {
			java.net.http.HttpHeaders headers = java.net.http.HttpHeaders.of(delivery.headers(), (name, value) -> true);
			webhook.verify(delivery.body(), headers);
		});
		assertThat(deliveries)
			.extracting((delivery) -> codec
				.decode(codec.fromStructuredJson(delivery.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.type())
			.containsExactlyInAnyOrder(EventType.EXTENSION_ADOPTED, EventType.MEASURES_EXTENDED);
	}

}
