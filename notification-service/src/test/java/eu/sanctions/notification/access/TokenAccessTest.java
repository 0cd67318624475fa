package eu.sanctions.notification.access;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.sanctions.events.EventType;
import eu.sanctions.events.testing.TestTokens;
import eu.sanctions.notification.Api;
import eu.sanctions.notification.TokenTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The same rules with JWTs from an identity provider, where a user's name is not its
 * inbox: a desk's token names its member state, staff share the {@code staff} inbox, and
 * two integrators never see each other's subscriptions or deliveries.
 */
class TokenAccessTest extends TokenTest {

	private static final String EXPIRED = Api.bearer(TestTokens.expiredToken("j.petraitis", List.of("DESK")));

	private static final String FORGED = Api.bearer(TestTokens.forgedToken("a.lindqvist", List.of("STAFF")));

	private static final String STATELESS_DESK = Api.bearer(TestTokens.token("nobody", List.of("DESK"), null));

	private final Map<String, String> tokens = Map.of("staff", STAFF, "desk-LT", DESK_LT, "bank", BANK, "customs",
			CUSTOMS, "admin", ADMIN, "expired", EXPIRED, "forged", FORGED, "stateless-desk", STATELESS_DESK, "garbage",
			"Bearer not.a.jwt");

	private String bankSubscription;

	@BeforeEach
	void subscribeTheBank() {
		this.bankSubscription = this.api
			.post("/api/subscriptions", "{\"packages\":[\"EU-BLR\"],\"url\":\"https://93.184.215.14/bank\"}", BANK)
			.json()
			.path("id")
			.asText();
	}

	static Stream<Arguments> endpoints() {
		return Stream.of(
		// @formatter:off
			// who              method    path                                                  status
			arguments("staff",          "GET",    "/api/notifications?recipient=staff",                 200),
			arguments("staff",          "GET",    "/api/notifications?recipient=a.lindqvist",           403),
			arguments("desk-LT",        "GET",    "/api/notifications?recipient=desk-LT",               200),
			arguments("desk-LT",        "GET",    "/api/notifications?recipient=j.petraitis",           403),
			arguments("desk-LT",        "GET",    "/api/notifications?recipient=desk-LV",               403),
			arguments("bank",           "GET",    "/api/notifications?recipient=bank-screening",        200),
			arguments("bank",           "GET",    "/api/notifications?recipient=customs-lt",            403),
			arguments("admin",          "GET",    "/api/notifications?recipient=ops",                   403),
			arguments("bank",           "GET",    "/api/subscriptions/{bank-subscription}",             200),
			arguments("customs",        "GET",    "/api/subscriptions/{bank-subscription}",             404),
			arguments("customs",        "DELETE", "/api/subscriptions/{bank-subscription}",             404),
			arguments("desk-LT",        "DELETE", "/api/subscriptions/{bank-subscription}",             404),
			arguments("bank",           "DELETE", "/api/subscriptions/{bank-subscription}",             204),
			arguments("staff",          "GET",    "/api/subscriptions",                                 200),
			arguments("staff",          "GET",    "/api/subscriptions/{bank-subscription}",             200),
			arguments("admin",          "GET",    "/api/subscriptions",                                 403),
			arguments("bank",           "GET",    "/api/deliveries",                                    200),
			arguments("admin",          "GET",    "/api/deliveries",                                    200),
			arguments("expired",        "GET",    "/api/notifications?recipient=desk-LT",               401),
			arguments("forged",         "GET",    "/api/notifications?recipient=staff",                 401),
			arguments("stateless-desk", "GET",    "/api/notifications?recipient=desk-LT",               401),
			arguments("garbage",        "GET",    "/api/notifications?recipient=staff",                 401));
		// @formatter:on
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@MethodSource("endpoints")
	void answersEachTokenAsItsRoleAllows(String who, String method, String path, int status) {
		Api.Response response = this.api.send(method, path.replace("{bank-subscription}", this.bankSubscription), null,
				this.tokens.get(who));
		assertThat(response.status()).as("%s %s %s: %s", who, method, path, response.body()).isEqualTo(status);
		if (status >= 400) {
			assertThat(response.isProblem()).as("problem+json: %s", response.contentType()).isTrue();
		}
	}

	@Test
	void listsOnlyTheCallersOwnSubscriptions() {
		this.api.post("/api/subscriptions", "{\"packages\":[\"*\"]}", CUSTOMS);
		this.api.post("/api/subscriptions", "{\"packages\":[\"*\"]}", DESK_LT);

		assertThat(owners(this.api.get("/api/subscriptions", BANK).json())).containsExactly("bank-screening");
		assertThat(owners(this.api.get("/api/subscriptions", CUSTOMS).json())).containsExactly("customs-lt");
		assertThat(owners(this.api.get("/api/subscriptions", DESK_LT).json())).containsExactly("desk-LT");
	}

	@Test
	void letsStaffSeeAndEndEverySubscriptionButMakeOnlyTheirOwn() {
		this.api.post("/api/subscriptions", "{\"packages\":[\"*\"]}", DESK_LT);
		Api.Response staffs = this.api.post("/api/subscriptions", "{\"packages\":[\"EU-BLR\"]}", STAFF);
		assertThat(staffs.status()).isEqualTo(201);
		assertThat(staffs.json().path("owner").asText()).isEqualTo("staff");

		JsonNode all = this.api.get("/api/subscriptions", STAFF).json();
		assertThat(owners(all)).contains("bank-screening", "desk-LT", "staff");
		assertThat(all.findValues("secret")).as("a webhook's secret is shown to its maker only").isEmpty();
		assertThat(owners(this.api.get("/api/subscriptions", BANK).json())).containsExactly("bank-screening");
		Api.Response webhook = this.api.post("/api/subscriptions",
				"{\"packages\":[\"EU-BLR\"],\"url\":\"https://93.184.215.14/staff\"}", STAFF);
		assertThat(webhook.status()).isEqualTo(403);

		assertThat(this.api.delete("/api/subscriptions/" + this.bankSubscription, STAFF).status()).isEqualTo(204);
		assertThat(this.api.get("/api/subscriptions/" + this.bankSubscription, BANK).status()).isEqualTo(404);
	}

	@Test
	void showsTheSigningSecretOnlyWhenTheSubscriptionIsMade() {
		JsonNode made = this.api
			.post("/api/subscriptions", "{\"packages\":[\"EU-BLR\"],\"url\":\"https://93.184.215.14/c\"}", CUSTOMS)
			.json();
		assertThat(made.path("secret").asText()).startsWith("whsec_");
		assertThat(made.path("owner").asText()).isEqualTo("customs-lt");
		assertThat(made.path("eventTypes")).extracting(JsonNode::asText)
			.as("every outcome, when none is named")
			.containsExactlyInAnyOrder(EventType.EXTENSION_ADOPTED.type(), EventType.MEASURES_EXTENDED.type(),
					EventType.RENEWAL_LAPSED.type(), EventType.MEASURES_LAPSED.type(),
					EventType.RENEWAL_WITHDRAWN.type());
		JsonNode read = this.api.get("/api/subscriptions/" + made.path("id").asText(), CUSTOMS).json();
		assertThat(read.has("secret")).isFalse();
		assertThat(read.path("url").asText()).isEqualTo("https://93.184.215.14/c");
	}

	private static List<String> owners(JsonNode subscriptions) {
		return Stream.iterate(0, (i) -> i < subscriptions.size(), (i) -> i + 1)
			.map((i) -> subscriptions.get(i).path("owner").asText())
			.distinct()
			.toList();
	}

}
