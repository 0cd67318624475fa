package eu.sanctions.systemtests.client;

import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** registry-service's API. */
public final class Registry {

	private final Http http;

	private final URI base;

	public Registry(Http http, Endpoints endpoints) {
		this.http = http;
		this.base = endpoints.registry();
	}

	public JsonNode get(String user, String packageKey) {
		return this.http.get(user, Endpoints.resolve(this.base, "/api/packages/" + packageKey)).expect(200).json();
	}

	public JsonNode asOf(String user, String packageKey, java.time.LocalDate date) {
		return this.http.get(user, Endpoints.resolve(this.base, "/api/packages/" + packageKey + "?asOf=" + date))
			.expect(200)
			.json();
	}

	public JsonNode revisions(String user, String packageKey) {
		return this.http.get(user, Endpoints.resolve(this.base, "/api/packages/" + packageKey + "/revisions"))
			.expect(200)
			.json();
	}

	/** Staff create a package (the body as the API takes it). */
	public JsonNode create(String staff, Map<String, Object> body) {
		return this.http.post(staff, Endpoints.resolve(this.base, "/api/packages"), body).expect(201).json();
	}

}
