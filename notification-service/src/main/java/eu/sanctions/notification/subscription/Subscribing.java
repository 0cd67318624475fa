package eu.sanctions.notification.subscription;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sanctions.events.EventType;
import eu.sanctions.events.access.Caller;
import eu.sanctions.notification.access.Callers;
import eu.sanctions.notification.problems.FieldProblem;
import eu.sanctions.notification.problems.Problems;
import eu.sanctions.notification.rules.NotificationRules;

/**
 * Making, reading and ending subscriptions, each for its owner, and for staff, who manage
 * them all ({@link Callers#managesEverySubscription}). A subscription names packages the
 * registry knows, event types the rules send to subscribers, and a webhook only an
 * integrator may register, on a target {@link WebhookTargets} allows.
 */
@Service
class Subscribing {

	private final Subscriptions subscriptions;

	private final PackageCatalogue catalogue;

	private final WebhookTargets targets;

	private final Clock clock;

	Subscribing(Subscriptions subscriptions, PackageCatalogue catalogue, WebhookTargets targets, Clock clock) {
		this.subscriptions = subscriptions;
		this.catalogue = catalogue;
		this.targets = targets;
		this.clock = clock;
	}

	@Transactional
	SubscriptionView subscribe(Caller caller, SubscriptionRequest request) {
		String owner = ownerOf(caller);
		List<FieldProblem> problems = new ArrayList<>();
		URI webhook = webhookOf(caller, request.url(), problems);
		boolean allPackages = request.packages().contains(SubscriptionRequest.ALL_PACKAGES);
		if (allPackages && request.packages().size() > 1) {
			problems.add(new FieldProblem("packages", "\"*\" means every package: name it alone"));
		}
		if (!allPackages) {
			for (int i = 0; i < request.packages().size(); i++) {
				String key = request.packages().get(i);
				if (!this.catalogue.knows(key)) {
					problems
						.add(new FieldProblem("packages[" + i + "]", "is not a package the registry knows: " + key));
				}
			}
		}
		Set<EventType> types = new LinkedHashSet<>();
		for (int i = 0; i < request.eventTypes().size(); i++) {
			String name = request.eventTypes().get(i);
			Optional<EventType> type = EventType.ofType(name);
			if (type.isEmpty()) {
				problems
					.add(new FieldProblem("eventTypes[" + i + "]", "is not an event type of the contract: " + name));
			}
			else if (!NotificationRules.subscribableTypes().contains(type.get())) {
				problems.add(new FieldProblem("eventTypes[" + i + "]",
						"is not sent to subscribers; one may subscribe to " + subscribable()));
			}
			else {
				types.add(type.get());
			}
		}
		if (!problems.isEmpty()) {
			throw Problems.invalid(problems);
		}
		Subscription subscription = this.subscriptions
			.save(Subscription.of(owner, allPackages, request.packages(), types, webhook, this.clock.instant()));
		return SubscriptionView.of(subscription).withSecret(subscription.getSecret());
	}

	/** The caller's subscriptions; for staff, everyone's. */
	@Transactional(readOnly = true)
	List<SubscriptionView> subscriptionsOf(Caller caller) {
		List<Subscription> found = Callers.managesEverySubscription(caller) ? this.subscriptions.findAll(Sort.by("id"))
				: this.subscriptions.findByOwnerOrderById(ownerOf(caller));
		return found.stream().map(SubscriptionView::of).toList();
	}

	@Transactional(readOnly = true)
	SubscriptionView subscriptionOf(Caller caller, long id) {
		return visibleTo(caller, id).map(SubscriptionView::of).orElseThrow(() -> Problems.notFound("subscription"));
	}

	/**
	 * Ends a subscription, the caller's own or, for staff, anyone's. Its deliveries not
	 * yet made end as dead letters, since nobody can sign them any more.
	 */
	@Transactional
	void unsubscribe(Caller caller, long id) {
		Subscription subscription = visibleTo(caller, id).orElseThrow(() -> Problems.notFound("subscription"));
		this.subscriptions.delete(subscription);
	}

	/** A subscription the caller may see: its own, or any for staff. */
	private Optional<Subscription> visibleTo(Caller caller, long id) {
		return Callers.managesEverySubscription(caller) ? this.subscriptions.findById(id)
				: this.subscriptions.findByIdAndOwner(id, ownerOf(caller));
	}

	private static String ownerOf(Caller caller) {
		return Callers.subscriberOf(caller)
			.orElseThrow(() -> new AccessDeniedException("Only staff, desks and integrators subscribe."));
	}

	private URI webhookOf(Caller caller, String url, List<FieldProblem> problems) {
		if (url == null || url.isBlank()) {
			return null;
		}
		if (!Callers.registersWebhooks(caller)) {
			throw new AccessDeniedException(
					"Only integrators register webhooks; desks hear through their inbox " + "and e-mail.");
		}
		try {
			URI webhook = new URI(url.trim());
			this.targets.refusalOf(webhook).ifPresent((refusal) -> problems.add(new FieldProblem("url", refusal)));
			return webhook;
		}
		catch (URISyntaxException ex) {
			problems.add(new FieldProblem("url", "is not a URL"));
			return null;
		}
	}

	private static String subscribable() {
		return NotificationRules.subscribableTypes().stream().map(EventType::type).collect(Collectors.joining(", "));
	}

}
