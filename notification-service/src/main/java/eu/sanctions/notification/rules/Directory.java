package eu.sanctions.notification.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.sanctions.events.EventType;

/** What the rules need to know about the recipients, from wherever it is kept. */
public interface Directory {

	/** The subscriptions that name this package (or all) and this event type. */
	List<Subscriber> subscribersOf(String packageKey, EventType type);

	/** The owners that hold at least one subscription of their own. */
	Set<String> ownersWithSubscriptions();

	/** The e-mail address of a recipient, when e-mail is on and one is configured. */
	Optional<String> emailAddressOf(String recipient);

}
