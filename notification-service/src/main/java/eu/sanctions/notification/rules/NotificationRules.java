package eu.sanctions.notification.rules;

import static eu.sanctions.events.EventType.EXTENSION_ADOPTED;
import static eu.sanctions.events.EventType.MEASURES_EXTENDED;
import static eu.sanctions.events.EventType.MEASURES_LAPSED;
import static eu.sanctions.events.EventType.NEGOTIATION_OPENED;
import static eu.sanctions.events.EventType.POSITIONS_REQUESTED;
import static eu.sanctions.events.EventType.REGISTRY_UPDATE_REJECTED;
import static eu.sanctions.events.EventType.REMINDER_DUE;
import static eu.sanctions.events.EventType.RENEWAL_LAPSED;
import static eu.sanctions.events.EventType.RENEWAL_WITHDRAWN;
import static eu.sanctions.events.EventType.VETO_RISK_ASSESSED;
import static eu.sanctions.notification.rules.Audience.DESKS_ASKED;
import static eu.sanctions.notification.rules.Audience.DESKS_NOT_ANSWERED;
import static eu.sanctions.notification.rules.Audience.PACKAGE_SUBSCRIBERS;
import static eu.sanctions.notification.rules.Audience.STAFF;
import static eu.sanctions.notification.rules.Channel.EMAIL;
import static eu.sanctions.notification.rules.Channel.INBOX;
import static eu.sanctions.notification.rules.Channel.WEBHOOK;
import static eu.sanctions.notification.rules.Condition.ALWAYS;
import static eu.sanctions.notification.rules.Condition.VETO_RISK_HIGH_OR_BLOCKED;
import static eu.sanctions.notification.rules.Rule.rule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.sanctions.events.EventType;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.renewal.PositionsRequested;
import eu.sanctions.events.renewal.ReminderDue;

/**
 * Who hears of what: the one place where events are routed to recipients and channels. An
 * event type without a row tells nobody ({@link #routes(EventType)}), whatever its data
 * and the subscriptions, which can name only types the table sends to subscribers.
 */
public final class NotificationRules {

	/** The routing table, read top to bottom. */
	public static final List<Rule> TABLE = List.of(
	// @formatter:off
		//   event type                condition                  audience             channels
		rule(POSITIONS_REQUESTED,      ALWAYS,                    DESKS_ASKED,         INBOX, EMAIL),
		rule(REMINDER_DUE,             ALWAYS,                    DESKS_NOT_ANSWERED,  INBOX, EMAIL),
		rule(VETO_RISK_ASSESSED,       VETO_RISK_HIGH_OR_BLOCKED, STAFF,               INBOX, EMAIL),
		rule(NEGOTIATION_OPENED,       ALWAYS,                    STAFF,               INBOX, EMAIL),
		rule(REGISTRY_UPDATE_REJECTED, ALWAYS,                    STAFF,               INBOX, EMAIL),
		rule(EXTENSION_ADOPTED,        ALWAYS,                    PACKAGE_SUBSCRIBERS, INBOX, EMAIL, WEBHOOK),
		rule(MEASURES_EXTENDED,        ALWAYS,                    PACKAGE_SUBSCRIBERS, INBOX, EMAIL, WEBHOOK),
		rule(RENEWAL_LAPSED,           ALWAYS,                    PACKAGE_SUBSCRIBERS, INBOX, EMAIL, WEBHOOK),
		rule(MEASURES_LAPSED,          ALWAYS,                    PACKAGE_SUBSCRIBERS, INBOX, EMAIL, WEBHOOK),
		rule(RENEWAL_WITHDRAWN,        ALWAYS,                    PACKAGE_SUBSCRIBERS, INBOX, EMAIL, WEBHOOK));
	// @formatter:on

	private final List<Rule> table;

	private final Set<EventType> routed;

	private final boolean desksFollowEveryPackage;

	/**
	 * @param desksFollowEveryPackage whether a desk that holds no subscription of its own
	 * hears of every package's outcome, as if subscribed to all
	 */
	public NotificationRules(boolean desksFollowEveryPackage) {
		this.table = TABLE;
		this.routed = EnumSet.noneOf(EventType.class);
		this.table.forEach((rule) -> this.routed.add(rule.type()));
		this.desksFollowEveryPackage = desksFollowEveryPackage;
	}

	/**
	 * The event types one may subscribe to: those the table sends to subscribers.
	 */
	public static Set<EventType> subscribableTypes() {
		Set<EventType> types = EnumSet.noneOf(EventType.class);
		TABLE.stream()
			.filter((rule) -> rule.audience() == PACKAGE_SUBSCRIBERS)
			.forEach((rule) -> types.add(rule.type()));
		return types;
	}

	/**
	 * Whether the table routes events of this type to anyone, by any row: an event of
	 * another type tells nobody, whatever its data, the directory or the subscriptions
	 * (which only rows for a package's subscribers consult, and which can name only
	 * {@link #subscribableTypes()}), so it need not even be read.
	 */
	public boolean routes(EventType type) {
		return this.routed.contains(type);
	}

	/** The rows for an event type, in table order. */
	public List<Rule> rulesFor(EventType type) {
		return this.table.stream().filter((rule) -> rule.type() == type).toList();
	}

	/**
	 * The deliveries an event calls for: each recipient once per channel and destination,
	 * in table order. The inbox is always among a recipient's channels; e-mail when an
	 * address is known; a webhook when the subscription names one.
	 */
	public List<Addressee> addresseesOf(EventType type, SanctionsEvent event, Directory directory) {
		if (!routes(type)) {
			return List.of();
		}
		Map<String, Addressee> addressees = new LinkedHashMap<>();
		for (Rule rule : rulesFor(type)) {
			if (!rule.when().holdsFor(event)) {
				continue;
			}
			for (Subscriber subscriber : audienceOf(rule.audience(), type, event, directory)) {
				for (Addressee addressee : reachable(subscriber, rule.channels(), directory)) {
					addressees.putIfAbsent(
							addressee.recipient() + "|" + addressee.channel() + "|" + addressee.destination(),
							addressee);
				}
			}
		}
		return List.copyOf(addressees.values());
	}

	private List<Subscriber> audienceOf(Audience audience, EventType type, SanctionsEvent event, Directory directory) {
		return switch (audience) {
			case DESKS_ASKED ->
				Recipients.desks(((PositionsRequested) event).states()).stream().map(Subscriber::byDefault).toList();
			case DESKS_NOT_ANSWERED ->
				Recipients.desks(((ReminderDue) event).silentStates()).stream().map(Subscriber::byDefault).toList();
			case STAFF -> List.of(new Subscriber(Recipients.STAFF, null, null));
			case PACKAGE_SUBSCRIBERS -> subscribersOf(event.packageKey(), type, directory);
		};
	}

	private List<Subscriber> subscribersOf(String packageKey, EventType type, Directory directory) {
		List<Subscriber> subscribers = new ArrayList<>(directory.subscribersOf(packageKey, type));
		if (this.desksFollowEveryPackage) {
			Set<String> owners = directory.ownersWithSubscriptions();
			Recipients.everyDesk()
				.stream()
				.filter((desk) -> !owners.contains(desk))
				.map(Subscriber::byDefault)
				.forEach(subscribers::add);
		}
		return subscribers;
	}

	private static List<Addressee> reachable(Subscriber subscriber, Set<Channel> channels, Directory directory) {
		List<Addressee> reachable = new ArrayList<>();
		if (channels.contains(INBOX)) {
			reachable.add(Addressee.inbox(subscriber.recipient()));
		}
		if (channels.contains(EMAIL)) {
			directory.emailAddressOf(subscriber.recipient())
				.ifPresent((address) -> reachable.add(Addressee.email(subscriber.recipient(), address)));
		}
		if (channels.contains(WEBHOOK) && subscriber.webhook() != null) {
			reachable.add(Addressee.webhook(subscriber));
		}
		return reachable;
	}

}
