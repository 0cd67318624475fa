package eu.sanctions.systemtests.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;

/** renewal-service's API: renewals and the desks' positions. */
public final class Renewals {

	private final Http http;

	private final URI base;

	public Renewals(Http http, Endpoints endpoints) {
		this.http = http;
		this.base = endpoints.renewal();
	}

	/** Staff start a renewal of a package's current expiry. */
	public JsonNode start(String staff, String packageKey) {
		return tryStart(staff, packageKey).expect(201).json();
	}

	/**
	 * Staff ask to start a renewal of a package's current expiry; the answer is returned
	 * whatever it is (409 {@code RENEWAL_RUNNING} when one runs).
	 */
	public Http.Response tryStart(String staff, String packageKey) {
		return this.http.post(staff, Endpoints.resolve(this.base, "/api/renewals"), Map.of("packageKey", packageKey));
	}

	public JsonNode get(String user, String renewalId) {
		return this.http.get(user, uri("/api/renewals/" + encode(renewalId))).expect(200).json();
	}

	/** The open renewal of a package, if there is one. */
	public Optional<JsonNode> open(String user, String packageKey) {
		JsonNode list = this.http.get(user, uri("/api/renewals?status=OPEN&packageKey=" + encode(packageKey)))
			.expect(200)
			.json();
		return StreamSupport.stream(list.spliterator(), false).findFirst();
	}

	/** Waits for the package's open renewal, e.g. the one a renewal-due event starts. */
	public JsonNode awaitOpen(String user, String packageKey, Duration atMost) {
		return Poll.until("an open renewal of " + packageKey, atMost, () -> open(user, packageKey));
	}

	/** Waits until the renewal reads as the condition says, and returns it. */
	public JsonNode await(String user, String renewalId, String what, Duration atMost,
			java.util.function.Predicate<JsonNode> condition) {
		return Poll.until(renewalId + ": " + what, atMost, () -> Optional.of(get(user, renewalId)).filter(condition));
	}

	/**
	 * A desk submits its position through the REST door; the answer is returned whatever
	 * it is.
	 */
	public Http.Response submit(String desk, String renewalId, MemberState state, Position position, String conditions,
			String justification) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("state", state.euCode());
		body.put("position", position.name());
		if (conditions != null) {
			body.put("conditions", conditions);
		}
		if (justification != null) {
			body.put("justification", justification);
		}
		return this.http.post(desk, uri("/api/renewals/" + encode(renewalId) + "/positions"), body);
	}

	public Http.Response withdraw(String staff, String renewalId, String reason) {
		return this.http.post(staff, uri("/api/renewals/" + encode(renewalId) + "/withdrawal"),
				Map.of("reason", reason));
	}

	private URI uri(String path) {
		return Endpoints.resolve(this.base, path);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
