package eu.sanctions.notification.rules;

import java.util.EnumSet;
import java.util.Set;

import eu.sanctions.events.EventType;

/**
 * One row of the routing table: events of a type, when a condition holds, go to an
 * audience on these channels (each as far as the recipient can be reached on it).
 *
 * @param type the event type
 * @param when the condition on the event
 * @param audience whom it tells
 * @param channels the channels it may use
 */
public record Rule(EventType type, Condition when, Audience audience, Set<Channel> channels) {

	public Rule {
		channels = Set.copyOf(EnumSet.copyOf(channels));
	}

	static Rule rule(EventType type, Condition when, Audience audience, Channel... channels) {
		return new Rule(type, when, audience, Set.of(channels));
	}

}
