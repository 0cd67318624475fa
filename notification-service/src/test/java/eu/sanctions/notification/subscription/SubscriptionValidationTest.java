package eu.sanctions.notification.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.sanctions.notification.Api;
import eu.sanctions.notification.TokenTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A subscription names what exists and calls only where it may: known packages, event
 * types sent to subscribers, an http(s) URL that does not point into a private network
 * (the default configuration). Each refusal is a 400 problem naming the field at fault.
 */
class SubscriptionValidationTest extends TokenTest {

	static Stream<Arguments> refusals() {
		String types21 = String.join(",", java.util.Collections.nCopies(21, "\"x\""));
		return Stream.of(
				arguments("a loopback target", "{\"url\":\"http://127.0.0.1:8080/hook\",\"packages\":[\"EU-BLR\"]}",
						"url", "loopback, private, link-local"),
				arguments("localhost", "{\"url\":\"http://localhost/hook\",\"packages\":[\"EU-BLR\"]}", "url",
						"loopback, private, link-local"),
				arguments("a private network", "{\"url\":\"https://10.20.30.40/hook\",\"packages\":[\"EU-BLR\"]}",
						"url", "loopback, private, link-local"),
				arguments("the cloud's metadata service",
						"{\"url\":\"http://169.254.169.254/latest/meta-data/\",\"packages\":[\"EU-BLR\"]}", "url",
						"loopback, private, link-local"),
				arguments("an IPv6 unique-local target",
						"{\"url\":\"http://[fd00::1]/hook\",\"packages\":[\"EU-BLR\"]}", "url",
						"loopback, private, link-local"),
				arguments("another scheme", "{\"url\":\"ftp://93.184.215.14/hook\",\"packages\":[\"EU-BLR\"]}", "url",
						"http or https"),
				arguments("not a URL", "{\"url\":\"http://exa mple.org/\",\"packages\":[\"EU-BLR\"]}", "url",
						"is not a URL"),
				arguments("an unknown package", "{\"packages\":[\"EU-ATLANTIS\"]}", "packages[0]",
						"not a package the registry knows"),
				arguments("all packages and one more", "{\"packages\":[\"*\",\"EU-BLR\"]}", "packages", "alone"),
				arguments("no package", "{\"packages\":[]}", "packages", "must not be empty"),
				arguments("no packages field", "{\"url\":\"https://93.184.215.14/hook\"}", "packages",
						"must not be empty"),
				arguments("an unknown event type",
						"{\"packages\":[\"EU-BLR\"],\"eventTypes\":[\"eu.sanctions.renewal.rumour.v1\"]}",
						"eventTypes[0]", "not an event type of the contract"),
				arguments("an event type no rule sends to subscribers",
						"{\"packages\":[\"EU-BLR\"],\"eventTypes\":[\"eu.sanctions.renewal.renewal-started.v1\"]}",
						"eventTypes[0]", "eu.sanctions.renewal.extension-adopted.v1"),
				arguments("a URL longer than 2048 characters",
						"{\"url\":\"https://93.184.215.14/" + "a".repeat(2100) + "\",\"packages\":[\"EU-BLR\"]}", "url",
						"size must be between 0 and 2048"),
				arguments("a package key longer than 60 characters", "{\"packages\":[\"EU-" + "A".repeat(70) + "\"]}",
						"packages[0]", "size must be between"),
				arguments("more than 20 event types", "{\"packages\":[\"EU-BLR\"],\"eventTypes\":[" + types21 + "]}",
						"eventTypes", "size must be between 0 and 20"));
	}

	@ParameterizedTest(name = "refuses {0}")
	@MethodSource("refusals")
	void refusesWithTheFieldAtFault(String what, String body, String field, String message) {
		Api.Response response = this.api.post("/api/subscriptions", body, BANK);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		List<JsonNode> errors = new ArrayList<>();
		response.json().path("errors").forEach(errors::add);
		assertThat(errors).as(response.body())
			.anySatisfy((error) -> assertThat(error.path("field").asText() + ": " + error.path("message").asText())
				.startsWith(field + ": ")
				.contains(message));
		assertThat(this.subscriptions.count()).isZero();
	}

	@Test
	void acceptsAPublicHttpsTargetForKnownPackagesAndTypes() {
		Api.Response response = this.api.post("/api/subscriptions",
				"{\"url\":\"https://93.184.215.14/hooks/sanctions\",\"packages\":[\"EU-BLR\"],"
						+ "\"eventTypes\":[\"eu.sanctions.renewal.extension-adopted.v1\"]}",
				BANK);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().path("eventTypes").get(0).asText())
			.isEqualTo("eu.sanctions.renewal.extension-adopted.v1");
	}

	@Test
	void refusesMalformedJsonWithAProblem() {
		Api.Response response = this.api.post("/api/subscriptions", "{\"packages\": [", BANK);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("JsonParse");
	}

	@Test
	void refusesABodyLargerThanTheLimitBeforeReadingIt() {
		Api.Response response = this.api.post("/api/subscriptions",
				"{\"packages\":[\"EU-BLR\"],\"padding\":\"" + "x".repeat(70_000) + "\"}", BANK);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.isProblem()).isTrue();
	}

}
