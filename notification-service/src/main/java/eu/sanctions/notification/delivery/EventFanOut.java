package eu.sanctions.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.inbox.Inbox;
import eu.sanctions.notification.inbox.Notification;
import eu.sanctions.notification.inbox.Notifications;
import eu.sanctions.notification.rules.Addressee;
import eu.sanctions.notification.rules.Channel;
import eu.sanctions.notification.rules.Directory;
import eu.sanctions.notification.rules.Notice;
import eu.sanctions.notification.rules.Notices;
import eu.sanctions.notification.rules.NotificationRules;

/**
 * Turns one consumed event into its notifications and deliveries, in one transaction with
 * the inbox entry that marks the event applied: a redelivered event finds that entry and
 * makes nothing, and a failure leaves neither, so the event is consumed again.
 */
@Service
public class EventFanOut {

	/** This service's name in the events library's inbox. */
	static final String CONSUMER = "notification-service";

	private static final Logger log = LoggerFactory.getLogger(EventFanOut.class);

	private final Inbox inbox;

	private final NotificationRules rules;

	private final Directory directory;

	private final Notices notices;

	private final Notifications notifications;

	private final Deliveries deliveries;

	private final Clock clock;

	EventFanOut(Inbox inbox, NotificationRules rules, Directory directory, Notices notices, Notifications notifications,
			Deliveries deliveries, Clock clock) {
		this.inbox = inbox;
		this.rules = rules;
		this.directory = directory;
		this.notices = notices;
		this.notifications = notifications;
		this.deliveries = deliveries;
		this.clock = clock;
	}

	/**
	 * Records the notifications and deliveries an event calls for.
	 * @param event the event, decoded
	 * @param cloudEventJson the event in structured JSON, what webhooks POST
	 * @return the deliveries recorded: none for an event applied before, or one that no
	 * rule sends anywhere
	 */
	@Transactional
	public List<Delivery> fanOut(ReceivedEvent event, String cloudEventJson) {
		if (!this.inbox.firstDelivery(CONSUMER, event.id())) {
			log.debug("Event {} ({}) was applied before; skipped", event.id(), event.type().type());
			return List.of();
		}
		List<Addressee> addressees = this.rules.addresseesOf(event.type(), event.data(), this.directory);
		if (addressees.isEmpty()) {
			return List.of();
		}
		Notice notice = this.notices.of(event.type(), event.data());
		Instant now = this.clock.instant();
		// The inbox forgets old events (its retention); an event replayed after that
		// still finds what it made, by the idempotency key, and adds only what is
		// missing.
		Map<String, Notification> byRecipient = new HashMap<>();
		this.notifications.findByEventIdOrderByRecipient(event.id())
			.forEach((made) -> byRecipient.put(made.getRecipient(), made));
		Set<String> made = new HashSet<>();
		this.deliveries.findByEventIdOrderById(event.id())
			.forEach((delivery) -> made
				.add(key(delivery.getRecipient(), delivery.getChannel(), delivery.getDestination())));
		List<Delivery> recorded = new ArrayList<>();
		for (Addressee addressee : addressees) {
			if (!made.add(key(addressee.recipient(), addressee.channel(), addressee.destination()))) {
				continue;
			}
			Notification notification = byRecipient.computeIfAbsent(addressee.recipient(),
					(recipient) -> this.notifications.save(Notification.of(event, recipient, notice, now)));
			String payload = (addressee.channel() == Channel.WEBHOOK) ? cloudEventJson : null;
			recorded.add(this.deliveries.save(Delivery.of(event, addressee, notification.getId(), payload, now)));
		}
		log.info("Event {} ({}) makes {} deliveries", event.id(), event.type().type(), recorded.size());
		return recorded;
	}

	private static String key(String recipient, Channel channel, String destination) {
		return recipient + "|" + channel + "|" + destination;
	}

}
