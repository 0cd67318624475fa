package eu.sanctions.systemtests;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.EventSchemas;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.systemtests.client.SanctionsSystem;
import eu.sanctions.systemtests.client.Users;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the scenarios share: a package of their own that comes due and its review, and the
 * checks every scenario makes of what it leaves behind: the package's event stream (every
 * event valid against its published schema, the sequence without a gap), the inboxes, and
 * the webhook deliveries.
 */
final class Scenarios {

	static final Duration WAIT = Duration.ofSeconds(60);

	/** The published JSON Schemas, as the events jar ships them. */
	private static final EventSchemas SCHEMAS = new EventSchemas();

	private static final EventCodec CODEC = new EventCodec(SCHEMAS);

	private Scenarios() {
	}

	/**
	 * Staff register a package whose expiry is {@code daysAhead} days away (so within its
	 * review window), and the registry's renewal-due job starts its renewal.
	 * @return the renewal's id
	 */
	static String packageComingDue(Stack stack, String key, int daysAhead) {
		SanctionsSystem system = stack.system();
		LocalDate expiry = stack.today().plusDays(daysAhead);
		system.registry()
			.create("staff",
					Map.of("key", key, "title", "A package of the system tests (" + key + ")", "issuer", "EU", "expiry",
							expiry.toString(), "renewalCycleMonths", 6, "reviewWindowDays", 120, "measures",
							List.of(Map.of("category", "ASSET_FREEZE", "description", "Freezing of funds",
									"legalReference", "Art. 2"))));
		JsonNode renewal = system.renewals().awaitOpen("staff", key, WAIT);
		return renewal.path("id").asText();
	}

	/**
	 * Staff review: extend as is; positions due {@code deadlineDaysBeforeExpiry} days
	 * before the expiry.
	 */
	static void reviewToExtend(Stack stack, String renewalId, int deadlineDaysBeforeExpiry) {
		SanctionsSystem system = stack.system();
		LocalDate expiry = LocalDate.parse(system.renewals().get("staff", renewalId).path("expiry").asText());
		system.tasks()
			.completeWhenReady("staff", renewalId, "review",
					Map.of("recommendation", "EXTEND", "proposedNewExpiry", expiry.plusMonths(6).toString(),
							"positionDeadline", expiry.minusDays(deadlineDaysBeforeExpiry).toString(), "amendments", "",
							"reviewJustification", "Extend as is."),
					WAIT);
		system.renewals()
			.await("staff", renewalId, "positions requested", WAIT, (detail) -> detail.path("round").asInt() == 1);
	}

	/**
	 * The package's events on a topic, read from its beginning as an integrator would,
	 * once {@code complete} holds for them and up to the end of the topic then. Each is
	 * checked as it is read: a known type, its {@code dataschema} naming the type's
	 * published schema, its data valid against that schema, keyed by its package; and the
	 * sequence of the package's events runs 1, 2, ... n without a gap.
	 */
	static List<ReceivedEvent> packageStream(Stack stack, String topic, String packageKey,
			Predicate<List<ReceivedEvent>> complete) {
		try (TopicReader reader = TopicReader.of(stack.bootstrapServers(), topic)) {
			Awaitility.await("the events of " + packageKey + " on " + topic)
				.atMost(WAIT)
				.pollInterval(Duration.ofMillis(100))
				.until(() -> checked(reader.records(packageKey)), complete);
			reader.eventsUpToNow(packageKey);
			List<ReceivedEvent> events = checked(reader.records(packageKey));
			assertThat(events).extracting(ReceivedEvent::sequence)
				.as("the sequence of %s on %s has no gap", packageKey, topic)
				.containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
			return events;
		}
	}

	/**
	 * The package's events on the renewal topic once it holds every event the renewal's
	 * own timeline says it published: what the stream is when nothing is on its way.
	 */
	static List<ReceivedEvent> settledRenewalStream(Stack stack, String renewalId, String packageKey) {
		Set<String> published = new HashSet<>();
		stack.system().renewals().get("staff", renewalId).path("timeline").forEach((entry) -> {
			boolean renewalEvent = EventType.ofType(entry.path("type").asText())
				.filter((type) -> Topics.RENEWAL_EVENTS.equals(type.topic()))
				.isPresent();
			if (renewalEvent && entry.hasNonNull("eventId")) {
				published.add(entry.path("eventId").asText());
			}
		});
		return packageStream(stack, Topics.RENEWAL_EVENTS, packageKey,
				(events) -> events.stream().map(ReceivedEvent::id).toList().containsAll(published));
	}

	/** The types of the events, in order. */
	static List<EventType> types(List<ReceivedEvent> events) {
		return events.stream().map(ReceivedEvent::type).toList();
	}

	/**
	 * What staff and every desk have in their inbox about a package: recipient to the ids
	 * of their notifications, newest first.
	 */
	static Map<String, List<Long>> inboxes(Stack stack, String packageKey) {
		Map<String, List<Long>> inboxes = new LinkedHashMap<>();
		List<String> recipients = new ArrayList<>(List.of("staff"));
		for (MemberState state : MemberState.values()) {
			recipients.add(Users.desk(state));
		}
		for (String recipient : recipients) {
			inboxes.put(recipient,
					stack.system()
						.notifications()
						.inbox(recipient)
						.stream()
						.filter((notification) -> packageKey.equals(notification.path("packageKey").asText()))
						.map((notification) -> notification.path("id").asLong())
						.toList());
		}
		return inboxes;
	}

	/**
	 * Waits until the notification service has sent to the hook exactly the deliveries
	 * expected (so that none is still to be retried), then checks what the hook received:
	 * each delivery once (no {@code webhook-id} twice), signed with the subscription's
	 * secret, one per expected event type.
	 * @return the events delivered, in the order received
	 */
	static List<ReceivedEvent> awaitWebhookDeliveries(Stack stack, String hook, String secret,
			List<EventType> expected) {
		String url = stack.webhooks().url(hook);
		List<JsonNode> made = Awaitility.await("the deliveries to " + hook)
			.atMost(WAIT)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> stack.system()
				.notifications()
				.deliveries("integrator", "WEBHOOK")
				.stream()
				.filter((delivery) -> url.equals(delivery.path("destination").asText()))
				.toList(),
					(deliveries) -> deliveries.size() >= expected.size() && deliveries.stream()
						.allMatch((delivery) -> "SENT".equals(delivery.path("status").asText())));
		assertThat(made).as("one delivery per expected event").hasSize(expected.size());

		List<WebhookReceiver.Delivery> received = stack.webhooks().deliveries(hook);
		assertThat(received).extracting((delivery) -> delivery.header("webhook-id"))
			.as("each delivery received once")
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(
					made.stream().map((delivery) -> delivery.path("webhookId").asText()).toList());
		Webhook webhook = new Webhook(secret);
		List<ReceivedEvent> events = new ArrayList<>();
		for (WebhookReceiver.Delivery delivery : received) {
			try {
				webhook.verify(delivery.body(), HttpHeaders.of(delivery.headers(), (name, value) -> true));
			}
			catch (WebhookVerificationException ex) {
				throw new AssertionError(
						"Delivery " + delivery.header("webhook-id") + " is not signed with the subscription's secret",
						ex);
			}
			CloudEvent event = CODEC.fromStructuredJson(delivery.body().getBytes(StandardCharsets.UTF_8));
			events.add(CODEC.decode(event));
		}
		assertThat(events).extracting(ReceivedEvent::type).containsExactlyInAnyOrderElementsOf(expected);
		return events;
	}

	private static List<ReceivedEvent> checked(List<ConsumerRecord<String, byte[]>> records) {
		List<ReceivedEvent> events = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : records) {
			CloudEvent event = CODEC.readKafkaRecord(record);
			EventType type = EventType.ofType(event.getType()).orElseThrow();
			assertThat(event.getDataSchema()).as("the dataschema of %s", event.getId()).isEqualTo(type.dataSchema());
			assertThat(SCHEMAS.violations(type, CODEC.readData(event)))
				.as("%s %s against its published schema", type.type(), event.getId())
				.isEmpty();
			events.add(CODEC.decode(record));
		}
		return events;
	}

}
