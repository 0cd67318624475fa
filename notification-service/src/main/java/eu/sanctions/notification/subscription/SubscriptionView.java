package eu.sanctions.notification.subscription;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.sanctions.events.EventType;
import eu.sanctions.notification.rules.NotificationRules;

/**
 * A subscription as its owner sees it.
 *
 * @param id its id
 * @param owner the desk or integrator
 * @param url its webhook, if any
 * @param packages the package keys, or {@code *}
 * @param eventTypes the types it hears of
 * @param secret the webhook's signing secret, shown once, when the subscription is made
 * @param createdAt when it was made
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SubscriptionView(long id, String owner, String url, List<String> packages, List<String> eventTypes,
		String secret, Instant createdAt) {

	static SubscriptionView of(Subscription subscription) {
		return new SubscriptionView(subscription.getId(), subscription.getOwner(),
				subscription.webhook().map(Object::toString).orElse(null),
				subscription.isAllPackages() ? List.of(SubscriptionRequest.ALL_PACKAGES)
						: subscription.getPackages().stream().sorted().toList(),
				subscription.getEventTypes().isEmpty()
						? NotificationRules.subscribableTypes().stream().map(EventType::type).toList()
						: subscription.getEventTypes().stream().sorted().toList(),
				null, subscription.getCreatedAt());
	}

	SubscriptionView withSecret(String secret) {
		return new SubscriptionView(this.id, this.owner, this.url, this.packages, this.eventTypes, secret,
				this.createdAt);
	}

}
