package eu.sanctions.notification.rules;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import eu.sanctions.events.EventType;

/** Recipients as a test sets them up: subscriptions and e-mail addresses. */
final class InMemoryDirectory implements Directory {

	private final List<Entry> subscriptions = new ArrayList<>();

	private final Map<String, String> addresses = new HashMap<>();

	InMemoryDirectory withEmail(String recipient, String address) {
		this.addresses.put(recipient, address);
		return this;
	}

	/**
	 * A subscription to some packages ({@code *} for all) and types (none for every
	 * subscribable one), with a webhook or {@code null}.
	 */
	InMemoryDirectory withSubscription(String owner, long id, String webhook, Set<String> packages,
			Set<EventType> types) {
		this.subscriptions
			.add(new Entry(new Subscriber(owner, id, (webhook != null) ? URI.create(webhook) : null), packages, types));
		return this;
	}

	@Override
	public List<Subscriber> subscribersOf(String packageKey, EventType type) {
		return this.subscriptions.stream()
			.filter((entry) -> entry.packages.contains("*") || entry.packages.contains(packageKey))
			.filter((entry) -> entry.types.isEmpty() || entry.types.contains(type))
			.map(Entry::subscriber)
			.toList();
	}

	@Override
	public Set<String> ownersWithSubscriptions() {
		return this.subscriptions.stream().map((entry) -> entry.subscriber.recipient()).collect(Collectors.toSet());
	}

	@Override
	public Optional<String> emailAddressOf(String recipient) {
		return Optional.ofNullable(this.addresses.get(recipient));
	}

	private record Entry(Subscriber subscriber, Set<String> packages, Set<EventType> types) {
	}

}
