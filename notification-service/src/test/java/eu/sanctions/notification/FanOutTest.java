package eu.sanctions.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.EventType;
import eu.sanctions.events.RiskLevel;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.renewal.VetoRiskAssessed;
import eu.sanctions.events.testing.SampleEvents;
import eu.sanctions.notification.delivery.Delivery;
import eu.sanctions.notification.delivery.DeliveryStatus;
import eu.sanctions.notification.rules.Channel;
import eu.sanctions.notification.rules.Recipients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One renewal's events, sent on the broker as renewal-service and registry-service send
 * them, reach the right recipients on the right channels, in the database and through the
 * API. The integrator follows EU-BLR; desk-LV follows EU-RUS only, so it no longer hears
 * of every package; desk-LT and staff have e-mail addresses.
 */
class FanOutTest extends BrokerTest {

	@Test
	void tellsStaffWhoSubscribedToAPackageOfItsOutcomes() {
		knowPackage("EU-BLR");
		subscribe(json(Map.of("packages", List.of("EU-BLR"), "eventTypes", List.of(EventType.RENEWAL_LAPSED.type()))),
				STAFF);

		CloudEvent lapsed = publish(SampleEvents.renewalLapsed());
		CloudEvent adopted = publish(SampleEvents.extensionAdopted());

		assertThat(deliveriesOf(lapsed.getId()))
			.extracting((delivery) -> delivery.getRecipient() + " " + delivery.getChannel())
			.contains("staff INBOX", "staff EMAIL");
		assertThat(deliveriesOf(adopted.getId())).extracting(Delivery::getRecipient).doesNotContain("staff");
		assertThat(inboxOf("staff", STAFF, lapsed.getId())).isPresent();
	}

	@Test
	void tellsEachStepOfARenewalToItsAudienceOnTheirChannels() {
		knowPackage("EU-BLR");
		knowPackage("EU-RUS");
		subscribe(json(Map.of("packages", List.of("EU-BLR"))), INTEGRATOR);
		subscribe(json(Map.of("packages", List.of("EU-RUS"))), DESK_LV);

		List<String> everyDesk = Recipients.everyDesk().stream().map((desk) -> desk + " INBOX").toList();
		List<String> blrSubscribers = Stream
			.concat(everyDesk.stream().filter((desk) -> !desk.startsWith("desk-LV ")),
					Stream.of("desk-LT EMAIL", "integrator INBOX"))
			.toList();
		Map<SanctionsEvent, List<String>> expected = new LinkedHashMap<>();
		expected.put(SampleEvents.positionsRequested(),
				Stream.concat(everyDesk.stream(), Stream.of("desk-LT EMAIL")).toList());
		expected.put(SampleEvents.reminderDue(), List.of("desk-SK INBOX", "desk-MT INBOX", "desk-CY INBOX"));
		expected.put(vetoRisk(RiskLevel.MEDIUM), List.of());
		expected.put(SampleEvents.vetoRiskAssessed(), List.of("staff INBOX", "staff EMAIL"));
		expected.put(SampleEvents.negotiationOpened(), List.of("staff INBOX", "staff EMAIL"));
		expected.put(SampleEvents.registryUpdateRejected(), List.of("staff INBOX", "staff EMAIL"));
		expected.put(SampleEvents.extensionAdopted(), blrSubscribers);
		expected.put(SampleEvents.measuresExtended(), blrSubscribers);
		expected.put(SampleEvents.renewalLapsed(), blrSubscribers);
		expected.put(SampleEvents.renewalWithdrawn(), blrSubscribers);

		// No rule routes renewal-started: it is acknowledged unread, and leaves no entry
		// in
		// the inbox to wait for; the renewal's later steps, after it on its partition,
		// do.
		CloudEvent started = publish(SampleEvents.renewalStarted());
		Map<SanctionsEvent, CloudEvent> sent = new LinkedHashMap<>();
		expected.keySet().forEach((event) -> sent.put(event, publish(event)));

		List<Delivery> emails = new ArrayList<>();
		expected.forEach((event, recipients) -> {
			List<Delivery> made = deliveriesOf(sent.get(event).getId());
			assertThat(made).as(event.getClass().getSimpleName())
				.extracting((delivery) -> delivery.getRecipient() + " " + delivery.getChannel())
				.containsExactlyInAnyOrderElementsOf(recipients);
			made.stream().filter((delivery) -> delivery.getChannel() == Channel.EMAIL).forEach(emails::add);
		});
		assertThat(this.deliveries.findByEventIdOrderById(started.getId())).isEmpty();
		assertThat(this.notifications.findByEventIdOrderByRecipient(started.getId())).isEmpty();
		await().untilAsserted(() -> assertThat(emails)
			.allSatisfy((email) -> assertThat(this.deliveries.findById(email.getId()).orElseThrow().getStatus())
				.isEqualTo(DeliveryStatus.SENT)));

		String requested = sent.get(SampleEvents.positionsRequested()).getId();
		assertThat(inboxOf("desk-LT", DESK_LT, requested))
			.hasValueSatisfying((notification) -> assertThat(notification.path("title").asText())
				.isEqualTo("EU-BLR: your position is requested by 2027-02-12"))
			.hasValueSatisfying((notification) -> assertThat(notification.path("link").asText())
				.startsWith("http://127.0.0.1:8080/camunda/app/tasklist/default/#/?searchQuery="));
		assertThat(inboxOf("staff", STAFF, sent.get(SampleEvents.vetoRiskAssessed()).getId())).isPresent();
		String adopted = sent.get(SampleEvents.extensionAdopted()).getId();
		assertThat(inboxOf("integrator", INTEGRATOR, adopted)).isPresent();
		assertThat(inboxOf("desk-LV", DESK_LV, adopted)).isEmpty();
		assertThat(inboxOf("desk-LV", DESK_LV, requested)).isPresent();
	}

	private java.util.Optional<JsonNode> inboxOf(String recipient, String authorization, String eventId) {
		Api.Response inbox = this.api.get("/api/notifications?recipient=" + recipient + "&limit=200", authorization);
		assertThat(inbox.status()).isEqualTo(200);
		List<JsonNode> found = new ArrayList<>();
		inbox.json().path("notifications").forEach(found::add);
		return found.stream()
			.filter((notification) -> notification.path("eventId").asText().equals(eventId))
			.findFirst();
	}

	private static VetoRiskAssessed vetoRisk(RiskLevel level) {
		VetoRiskAssessed risk = SampleEvents.vetoRiskAssessed();
		return new VetoRiskAssessed(risk.renewalId(), risk.packageKey(), risk.round(), level, RiskLevel.LOW,
				risk.blockingStates(), risk.waveringStates(), risk.reasons(), risk.counts(),
				risk.constructiveAbstentionsBlock(), risk.strongestSignal(), risk.trigger());
	}

}
