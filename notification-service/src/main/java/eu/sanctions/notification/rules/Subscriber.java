package eu.sanctions.notification.rules;

import java.net.URI;

/**
 * A subscription that matches an event: whose it is, and the webhook it names, if any.
 *
 * @param recipient the owner: a desk or an integrator
 * @param subscriptionId the subscription, absent for a desk that follows every package by
 * default
 * @param webhook where to POST the event, absent for inbox and e-mail only
 */
public record Subscriber(String recipient, Long subscriptionId, URI webhook) {

	/** A desk that holds no subscription of its own and follows every package. */
	static Subscriber byDefault(String desk) {
		return new Subscriber(desk, null, null);
	}

}
