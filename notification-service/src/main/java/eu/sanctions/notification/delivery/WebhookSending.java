package eu.sanctions.notification.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.stereotype.Component;

import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.notification.subscription.Subscription;
import eu.sanctions.notification.subscription.Subscriptions;
import eu.sanctions.notification.subscription.WebhookSettings;
import eu.sanctions.notification.subscription.WebhookTargets;

/**
 * POSTs a CloudEvent in structured JSON mode to a subscription's URL, signed as Standard
 * Webhooks says. Any 2xx answer is a delivery; redirects are not followed, since they
 * could lead where the target check did not look.
 */
@Component
class WebhookSending {

	static final String CONTENT_TYPE = EventCodec.structuredContentType() + "; charset=utf-8";

	private final HttpClient client;

	private final Subscriptions subscriptions;

	private final WebhookTargets targets;

	private final WebhookSettings settings;

	private final Clock clock;

	WebhookSending(Subscriptions subscriptions, WebhookTargets targets, WebhookSettings settings, Clock clock) {
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.subscriptions = subscriptions;
		this.targets = targets;
		this.settings = settings;
		this.clock = clock;
	}

	void send(Delivery delivery) {
		Subscription subscription = this.subscriptions.findById(delivery.getSubscriptionId())
			.orElseThrow(() -> new DeliveryFailedException("The subscription was ended", false));
		URI url = URI.create(delivery.getDestination());
		this.targets.refusalOf(url).ifPresent((refusal) -> {
			throw new DeliveryFailedException("The webhook URL " + refusal, true);
		});
		long timestamp = this.clock.instant().getEpochSecond();
		String body = delivery.getPayload();
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(this.settings.requestTimeout())
			.header("Content-Type", CONTENT_TYPE)
			.header("User-Agent", "sanctions-notification-service")
			.header(WebhookSignature.ID_HEADER, delivery.getMessageId())
			.header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
			.header(WebhookSignature.SIGNATURE_HEADER,
					WebhookSignature.sign(subscription.getSecret(), delivery.getMessageId(), timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<Void> response;
		try {
			response = this.client.send(request, HttpResponse.BodyHandlers.discarding());
		}
		catch (IOException ex) {
			throw new DeliveryFailedException("POST " + url + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryFailedException("Interrupted while posting to " + url, ex);
		}
		if (response.statusCode() < 200 || response.statusCode() > 299) {
			throw new DeliveryFailedException("POST " + url + " answered HTTP " + response.statusCode(), true);
		}
	}

}
