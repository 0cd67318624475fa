package eu.sanctions.notification.access;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sanctions.events.testing.SampleEvents;
import eu.sanctions.notification.Api;
import eu.sanctions.notification.BrokerTest;
import eu.sanctions.notification.Fixtures;
import eu.sanctions.notification.delivery.Delivery;
import eu.sanctions.notification.delivery.EventFanOut;
import eu.sanctions.notification.rules.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Who may call what, over every endpoint, as real HTTP requests with the demo users' real
 * Basic credentials. Each reads its own inbox and deliveries and manages its own
 * subscriptions (staff everyone's); what is not theirs answers as if it did not exist.
 */
class BasicAccessTest extends BrokerTest {

	private static final String PUBLIC_HOOK = "https://93.184.215.14/hooks/sanctions";

	private static Long ltNotification;

	private static Long ltDelivery;

	private final Map<String, String> credentials = Map.of("staff", STAFF, "admin", ADMIN, "integrator", INTEGRATOR,
			"desk-LT", DESK_LT, "desk-LV", DESK_LV, "wrong-password", Api.basic("desk-LT", "not-the-password"));

	private String integratorSubscription;

	@Autowired
	private EventFanOut fanOut;

	@BeforeEach
	void seed() {
		if (ltNotification == null) {
			Delivery delivery = this.fanOut.fanOut(Fixtures.received(SampleEvents.positionsRequested()), "{}")
				.stream()
				.filter((made) -> made.getRecipient().equals("desk-LT") && made.getChannel() == Channel.INBOX)
				.findFirst()
				.orElseThrow();
			ltNotification = delivery.getNotificationId();
			ltDelivery = delivery.getId();
		}
		knowPackage(SampleEvents.PACKAGE_KEY);
		this.integratorSubscription = subscribe(json(Map.of("packages", java.util.List.of("EU-BLR"))), INTEGRATOR)
			.json()
			.path("id")
			.asText();
	}

	static Stream<Arguments> endpoints() {
		String subscription = "{\"packages\":[\"*\"]}";
		String webhook = "{\"url\":\"" + PUBLIC_HOOK + "\",\"packages\":[\"EU-BLR\"]}";
		return Stream.of(
		// @formatter:off
			// who               method    path                                              body          status
			// the inbox: each its own
			arguments("staff",          "GET",    "/api/notifications?recipient=staff",             null,         200),
			arguments("staff",          "GET",    "/api/notifications?recipient=desk-LT",           null,         403),
			arguments("desk-LT",        "GET",    "/api/notifications?recipient=desk-LT",           null,         200),
			arguments("desk-LT",        "GET",    "/api/notifications?recipient=desk-LT&status=UNREAD", null,     200),
			arguments("desk-LT",        "GET",    "/api/notifications?recipient=desk-LV",           null,         403),
			arguments("desk-LT",        "GET",    "/api/notifications?recipient=desk-XX",           null,         403),
			arguments("desk-LT",        "GET",    "/api/notifications?recipient=staff",             null,         403),
			arguments("integrator",     "GET",    "/api/notifications?recipient=integrator",        null,         200),
			arguments("integrator",     "GET",    "/api/notifications?recipient=desk-LT",           null,         403),
			arguments("admin",          "GET",    "/api/notifications?recipient=staff",             null,         403),
			arguments("anonymous",      "GET",    "/api/notifications?recipient=staff",             null,         401),
			arguments("wrong-password", "GET",    "/api/notifications?recipient=desk-LT",           null,         401),
			arguments("desk-LT",        "GET",    "/api/notifications",                             null,         400),
			arguments("desk-LT",        "GET",    "/api/notifications?recipient=desk-LT&limit=1000", null,        400),
			arguments("desk-LT",        "GET",    "/api/notifications?recipient=desk-LT&status=NEW", null,        400),
			arguments("desk-LT",        "POST",   "/api/notifications/{lt-notification}/read",      null,         200),
			arguments("desk-LV",        "POST",   "/api/notifications/{lt-notification}/read",      null,         404),
			arguments("desk-LT",        "POST",   "/api/notifications/999999999/read",              null,         404),
			arguments("admin",          "POST",   "/api/notifications/{lt-notification}/read",      null,         403),
			arguments("anonymous",      "POST",   "/api/notifications/{lt-notification}/read",      null,         401),
			arguments("desk-LT",        "GET",    "/api/notifications/stream?recipient=desk-LV",    null,         403),
			arguments("admin",          "GET",    "/api/notifications/stream?recipient=staff",      null,         403),
			arguments("anonymous",      "GET",    "/api/notifications/stream?recipient=desk-LT",    null,         401),
			// subscriptions: staff, desks and integrators, each its own; staff manage everyone's; webhooks for
			// integrators
			arguments("integrator",     "POST",   "/api/subscriptions",                             webhook,      201),
			arguments("desk-LT",        "POST",   "/api/subscriptions",                             subscription, 201),
			arguments("desk-LT",        "POST",   "/api/subscriptions",                             webhook,      403),
			arguments("staff",          "POST",   "/api/subscriptions",                             subscription, 201),
			arguments("staff",          "POST",   "/api/subscriptions",                             webhook,      403),
			arguments("admin",          "POST",   "/api/subscriptions",                             subscription, 403),
			arguments("anonymous",      "POST",   "/api/subscriptions",                             subscription, 401),
			arguments("integrator",     "GET",    "/api/subscriptions",                             null,         200),
			arguments("desk-LT",        "GET",    "/api/subscriptions",                             null,         200),
			arguments("staff",          "GET",    "/api/subscriptions",                             null,         200),
			arguments("admin",          "GET",    "/api/subscriptions",                             null,         403),
			arguments("integrator",     "GET",    "/api/subscriptions/{integrator-subscription}",   null,         200),
			arguments("staff",          "GET",    "/api/subscriptions/{integrator-subscription}",   null,         200),
			arguments("desk-LT",        "GET",    "/api/subscriptions/{integrator-subscription}",   null,         404),
			arguments("desk-LT",        "DELETE", "/api/subscriptions/{integrator-subscription}",   null,         404),
			arguments("admin",          "DELETE", "/api/subscriptions/{integrator-subscription}",   null,         403),
			arguments("staff",          "DELETE", "/api/subscriptions/{integrator-subscription}",   null,         204),
			arguments("integrator",     "DELETE", "/api/subscriptions/{integrator-subscription}",   null,         204),
			arguments("integrator",     "DELETE", "/api/subscriptions/999999999",                   null,         404),
			arguments("staff",          "DELETE", "/api/subscriptions/999999999",                   null,         404),
			// deliveries: each its own, admins all
			arguments("desk-LT",        "GET",    "/api/deliveries",                                null,         200),
			arguments("staff",          "GET",    "/api/deliveries?status=DEAD",                    null,         200),
			arguments("integrator",     "GET",    "/api/deliveries?status=DEAD&channel=WEBHOOK",    null,         200),
			arguments("admin",          "GET",    "/api/deliveries?status=DEAD",                    null,         200),
			arguments("anonymous",      "GET",    "/api/deliveries",                                null,         401),
			arguments("desk-LT",        "GET",    "/api/deliveries?status=LOST",                    null,         400),
			arguments("desk-LT",        "POST",   "/api/deliveries/{lt-delivery}/retry",            null,         409),
			arguments("admin",          "POST",   "/api/deliveries/{lt-delivery}/retry",            null,         409),
			arguments("desk-LV",        "POST",   "/api/deliveries/{lt-delivery}/retry",            null,         404),
			arguments("integrator",     "POST",   "/api/deliveries/{lt-delivery}/retry",            null,         404),
			arguments("anonymous",      "POST",   "/api/deliveries/{lt-delivery}/retry",            null,         401),
			// the rest
			arguments("anonymous",      "GET",    "/v3/api-docs",                                   null,         200),
			arguments("anonymous",      "GET",    "/swagger-ui.html",                               null,         302),
			arguments("anonymous",      "GET",    "/actuator/health",                               null,         200),
			arguments("staff",          "GET",    "/actuator/metrics",                              null,         403),
			arguments("admin",          "GET",    "/actuator/metrics",                              null,         200),
			arguments("desk-LT",        "PUT",    "/api/notifications/{lt-notification}/read",      null,         403),
			arguments("desk-LT",        "GET",    "/api/elsewhere",                                 null,         403),
			arguments("anonymous",      "GET",    "/api/elsewhere",                                 null,         401));
		// @formatter:on
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {4}")
	@MethodSource("endpoints")
	void answersEachCallerAsItsRoleAllows(String who, String method, String path, String body, int status) {
		Api.Response response = this.api.send(method, resolve(path), body, this.credentials.get(who));
		assertThat(response.status()).as("%s %s %s: %s", who, method, path, response.body()).isEqualTo(status);
		if (status >= 400) {
			assertThat(response.isProblem()).as("problem+json: %s", response.contentType()).isTrue();
			assertThat(response.json().path("status").asInt()).isEqualTo(status);
			assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("trace");
		}
	}

	@Test
	void showsTheHealthsDetailsToAdminsAlone() {
		for (String who : new String[] { "anonymous", "staff", "desk-LT", "integrator" }) {
			Api.Response health = this.api.get("/actuator/health", this.credentials.get(who));
			assertThat(health.status()).isEqualTo(200);
			assertThat(health.json().path("status").asText()).isEqualTo("UP");
			assertThat(health.json().has("components")).as("%s sees %s", who, health.body()).isFalse();
		}
		Api.Response admin = this.api.get("/actuator/health", ADMIN);
		assertThat(admin.json().path("components").path("db").path("details").path("database").asText())
			.isEqualTo("H2");
	}

	@Test
	void describesEveryEndpointInOpenApi() {
		Api.Response docs = this.api.get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().path("paths").fieldNames()).toIterable()
			.contains("/api/notifications", "/api/notifications/{id}/read", "/api/notifications/stream",
					"/api/subscriptions", "/api/subscriptions/{id}", "/api/deliveries", "/api/deliveries/{id}/retry")
			.doesNotContain("/error");
	}

	@Test
	void answersARequestTheServerCannotParseWithAProblem() throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.getOutputStream()
				.write("GET /api/notifications%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 400")
				.containsIgnoringCase("Content-Type: application/problem+json")
				.contains("\"status\":400")
				.doesNotContain("<html");
		}
	}

	private String resolve(String path) {
		return path.replace("{lt-notification}", String.valueOf(ltNotification))
			.replace("{lt-delivery}", String.valueOf(ltDelivery))
			.replace("{integrator-subscription}", this.integratorSubscription);
	}

}
