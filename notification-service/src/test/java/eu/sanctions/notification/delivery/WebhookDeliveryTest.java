package eu.sanctions.notification.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.EventType;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.testing.SampleEvents;
import eu.sanctions.notification.Api;
import eu.sanctions.notification.BrokerTest;
import eu.sanctions.notification.rules.Channel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks against a real HTTP server on loopback: signed deliveries that any Standard
 * Webhooks library verifies, retried with backoff while the server fails, dead after the
 * last attempt, visible as dead, and retried by hand.
 */
class WebhookDeliveryTest extends BrokerTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private final AtomicBoolean down = new AtomicBoolean();

	private HttpServer server;

	@BeforeEach
	void startIntegratorsServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/flaky", (exchange) -> answer(exchange, this.failuresLeft.getAndDecrement() > 0));
		this.server.createContext("/down", (exchange) -> answer(exchange, this.down.get()));
		this.server.start();
		knowPackage(SampleEvents.PACKAGE_KEY);
	}

	@AfterEach
	void stopIntegratorsServer() {
		this.server.stop(0);
	}

	@Test
	void postsASignedStructuredCloudEventAndRetriesUntilTheServerAccepts() throws Exception {
		this.failuresLeft.set(2);
		String secret = subscribe(json(Map.of("url", url("/flaky"), "packages", List.of("EU-BLR"), "eventTypes",
				List.of(EventType.EXTENSION_ADOPTED.type()))), INTEGRATOR)
			.json()
			.path("secret")
			.asText();

		CloudEvent adopted = publish(SampleEvents.extensionAdopted());

		Delivery webhook = webhookOf(adopted.getId());
		await().until(() -> status(webhook) == DeliveryStatus.SENT);
		assertThat(this.deliveries.findById(webhook.getId()).orElseThrow().getAttempts()).isEqualTo(3);
		assertThat(this.received).hasSize(3)
			.extracting(Received::webhookId)
			.containsOnly(webhook.getMessageId())
			.allSatisfy((id) -> assertThat(id).startsWith("msg_"));
		Received accepted = this.received.get(2);
		new Webhook(secret).verify(accepted.body(), accepted.headers());
		assertThat(accepted.headers().get("Content-type"))
			.containsExactly("application/cloudevents+json; charset=utf-8");
		JsonNode body = JSON.readTree(accepted.body());
		assertThat(body.path("specversion").asText()).isEqualTo("1.0");
		assertThat(body.path("data").path("renewalId").asText()).isEqualTo(SampleEvents.RENEWAL_ID);
		CloudEvent delivered = new EventCodec().fromStructuredJson(accepted.body().getBytes(StandardCharsets.UTF_8));
		assertThat(delivered.getId()).isEqualTo(adopted.getId());
		assertThat(delivered.getType()).isEqualTo(EventType.EXTENSION_ADOPTED.type());
		assertThat(delivered.getSubject()).isEqualTo(SampleEvents.RENEWAL_ID);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'notification-deliveries'",
				Integer.class))
			.as("the dispatcher runs under its ShedLock lock")
			.isEqualTo(1);
	}

	@Test
	void marksADeliveryDeadAfterTheLastAttemptAndRetriesItByHand() {
		this.down.set(true);
		subscribe(json(Map.of("url", url("/down"), "packages", List.of("*"))), INTEGRATOR);

		CloudEvent lapsed = publish(SampleEvents.renewalLapsed());

		Delivery webhook = webhookOf(lapsed.getId());
		await().until(() -> status(webhook) == DeliveryStatus.DEAD);
		Api.Response dead = this.api.get("/api/deliveries?status=DEAD&channel=WEBHOOK", INTEGRATOR);
		assertThat(dead.status()).isEqualTo(200);
		JsonNode listed = find(dead.json(), webhook.getId());
		assertThat(listed.path("attempts").asInt()).isEqualTo(4);
		assertThat(listed.path("lastError").asText()).contains("answered HTTP 503");
		assertThat(listed.path("webhookId").asText()).isEqualTo(webhook.getMessageId());
		assertThat(this.received).hasSize(4);

		assertThat(this.api.post("/api/deliveries/" + webhook.getId() + "/retry", null, DESK_LT).status())
			.isEqualTo(404);
		this.down.set(false);
		Api.Response retried = this.api.post("/api/deliveries/" + webhook.getId() + "/retry", null, INTEGRATOR);
		assertThat(retried.status()).isEqualTo(200);
		assertThat(retried.json().path("status").asText()).isIn("PENDING", "SENT");
		await().until(() -> status(webhook) == DeliveryStatus.SENT);
		assertThat(this.received).hasSize(5).extracting(Received::webhookId).containsOnly(webhook.getMessageId());

		Api.Response again = this.api.post("/api/deliveries/" + webhook.getId() + "/retry", null, INTEGRATOR);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.isProblem()).isTrue();
	}

	private Delivery webhookOf(String eventId) {
		return deliveriesOf(eventId).stream()
			.filter((delivery) -> delivery.getChannel() == Channel.WEBHOOK)
			.reduce((one, other) -> {
				throw new AssertionError("More than one webhook delivery of " + eventId);
			})
			.orElseThrow();
	}

	private DeliveryStatus status(Delivery delivery) {
		return this.deliveries.findById(delivery.getId()).orElseThrow().getStatus();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	private static JsonNode find(JsonNode deliveries, long id) {
		for (JsonNode delivery : deliveries) {
			if (delivery.path("id").asLong() == id) {
				return delivery;
			}
		}
		throw new AssertionError("Delivery " + id + " is not listed: " + deliveries);
	}

	private void answer(HttpExchange exchange, boolean fail) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		this.received
			.add(new Received(Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
		exchange.sendResponseHeaders(fail ? 503 : 204, -1);
		exchange.close();
	}

	private record Received(Map<String, List<String>> headers, String body) {

		String webhookId() {
			return this.headers.get("Webhook-id").get(0);
		}

	}

}
