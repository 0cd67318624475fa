package eu.sanctions.systemtests.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/** notification-service's API: inboxes and subscriptions. */
public final class Notifications {

	private final Http http;

	private final URI base;

	public Notifications(Http http, Endpoints endpoints) {
		this.http = http;
		this.base = endpoints.notification();
	}

	/** The recipient's notifications, newest first, read as that recipient. */
	public List<JsonNode> inbox(String recipient) {
		JsonNode inbox = this.http
			.get(recipient, Endpoints.resolve(this.base, "/api/notifications?recipient=" + recipient + "&limit=200"))
			.expect(200)
			.json();
		return StreamSupport.stream(inbox.path("notifications").spliterator(), false).toList();
	}

	/**
	 * The recipient's notifications of one event type about one subject (a renewal or a
	 * package).
	 */
	public List<JsonNode> inbox(String recipient, String eventType, String subjectOrPackage) {
		return inbox(recipient).stream()
			.filter((notification) -> notification.path("eventType").asText().equals(eventType))
			.filter((notification) -> subjectOrPackage.equals(notification.path("subject").asText())
					|| subjectOrPackage.equals(notification.path("packageKey").asText()))
			.toList();
	}

	/**
	 * An integrator subscribes a webhook to packages; returns the subscription with its
	 * signing secret.
	 */
	public JsonNode subscribe(String integrator, String url, List<String> packages, List<String> eventTypes) {
		return trySubscribe(integrator, url, packages, eventTypes).expect(201).json();
	}

	/**
	 * Subscribes as soon as the service knows the packages: it learns of a new one from
	 * the registry's compacted topic, a moment after the registry recorded it.
	 */
	public JsonNode subscribe(String integrator, String url, List<String> packages, List<String> eventTypes,
			Duration atMost) {
		return Poll.until("a subscription to " + packages, atMost, () -> {
			Http.Response answer = trySubscribe(integrator, url, packages, eventTypes);
			if (answer.status() == 400 && answer.text().contains("is not a package the registry knows")) {
				return Optional.empty();
			}
			return Optional.of(answer.expect(201).json());
		});
	}

	private Http.Response trySubscribe(String integrator, String url, List<String> packages, List<String> eventTypes) {
		return this.http.post(integrator, Endpoints.resolve(this.base, "/api/subscriptions"),
				Map.of("url", url, "packages", packages, "eventTypes", eventTypes));
	}

	/**
	 * The deliveries made for the caller on one channel (an admin's: everyone's), newest
	 * first: each with its {@code webhookId}, status and attempts.
	 */
	public List<JsonNode> deliveries(String user, String channel) {
		JsonNode deliveries = this.http
			.get(user, Endpoints.resolve(this.base, "/api/deliveries?channel=" + channel + "&limit=200"))
			.expect(200)
			.json();
		return StreamSupport.stream(deliveries.spliterator(), false).toList();
	}

}
