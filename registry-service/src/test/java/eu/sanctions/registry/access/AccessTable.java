package eu.sanctions.registry.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import eu.sanctions.registry.JsonBodies;
import eu.sanctions.registry.register.PackageFixtures;
import eu.sanctions.registry.register.PackageState;
import eu.sanctions.registry.revisions.EditingPackages;
import eu.sanctions.registry.revisions.Packages;
import eu.sanctions.registry.sanctionsmap.Snapshots;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the registry, every kind of caller, and what each gets: the table
 * that both the Basic and the JWT test run as real HTTP requests. {@code {package}} is a
 * package of the test's own.
 */
final class AccessTable {

	static final List<String> READERS = List.of("integrator", "desk", "admin", "staff");

	static final List<String> NOT_STAFF = List.of("integrator", "desk", "admin");

	private static final AtomicInteger unique = new AtomicInteger();

	private AccessTable() {
	}

	static List<Arguments> rows() {
		List<Arguments> rows = new ArrayList<>();
		for (String[] write : writes()) {
			rows.add(Arguments.of("anonymous", write[0], write[1], 401));
		}
		for (String read : reads()) {
			rows.add(Arguments.of("anonymous", "GET", read, 401));
		}
		rows.add(Arguments.of("anonymous", "GET", "/actuator/health", 200));
		rows.add(Arguments.of("anonymous", "GET", "/actuator/health/liveness", 200));
		rows.add(Arguments.of("anonymous", "GET", "/v3/api-docs", 200));
		rows.add(Arguments.of("anonymous", "GET", "/actuator/metrics", 401));
		rows.add(Arguments.of("anonymous", "GET", "/actuator/prometheus", 401));
		for (String reader : READERS) {
			for (String read : reads()) {
				rows.add(Arguments.of(reader, "GET", read, 200));
			}
		}
		for (String caller : NOT_STAFF) {
			for (String[] write : writes()) {
				rows.add(Arguments.of(caller, write[0], write[1], 403));
			}
		}
		for (String[] write : writes()) {
			rows.add(Arguments.of("staff", write[0], write[1], Integer.parseInt(write[2])));
		}
		for (String caller : List.of("integrator", "desk", "staff")) {
			rows.add(Arguments.of(caller, "GET", "/actuator/metrics", 403));
			rows.add(Arguments.of(caller, "GET", "/actuator/prometheus", 403));
		}
		rows.add(Arguments.of("admin", "GET", "/actuator/metrics", 200));
		rows.add(Arguments.of("admin", "GET", "/actuator/prometheus", 200));
		return rows;
	}

	private static List<String> reads() {
		return List.of("/api/packages", "/api/packages?status=ACTIVE&expiringBefore=2030-01-01",
				"/api/packages/{package}", "/api/packages/{package}?asOf=2026-12-01",
				"/api/packages/{package}/revisions", "/api/listings?name=person");
	}

	/** Method, path, and what staff get. */
	private static List<String[]> writes() {
		return List.of(new String[] { "POST", "/api/packages", "201" },
				new String[] { "PUT", "/api/packages/{package}/measures", "200" },
				new String[] { "POST", "/api/packages/{package}/listings", "201" },
				new String[] { "DELETE", "/api/packages/{package}/listings/{listed}?reason=court+ruling", "200" },
				new String[] { "POST", "/api/imports/sanctionsmap", "200" });
	}

	/** A package of the test's own, with listings to delist. */
	static void createPackage(EditingPackages editing, Packages packages, String key) {
		if (packages.find(key).isEmpty()) {
			PackageState state = PackageFixtures.activePackage(key, LocalDate.of(2027, 6, 30), 0);
			List<eu.sanctions.events.Listing> listings = new ArrayList<>();
			for (int number = 1; number <= 20; number++) {
				listings.add(PackageFixtures.listing(key + "." + number));
			}
			editing.create(state.withListings(listings), "test");
		}
	}

	/**
	 * Sends the request as the caller and checks the status, and that refusals are
	 * problem+json.
	 */
	static void check(TestRestTemplate rest, Function<String, HttpHeaders> credentials, String packageKey,
			String caller, String method, String pathTemplate, int expected) {
		int number = unique.incrementAndGet();
		String path = pathTemplate.replace("{package}", packageKey)
			.replace("{listed}", packageKey + "." + (number % 20 + 1));
		HttpHeaders headers = credentials.apply(caller);
		Object body = null;
		if (!method.equals("GET") && !method.equals("DELETE")) {
			body = bodyFor(pathTemplate, packageKey, number);
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		if (pathTemplate.contains("{package}") && !method.equals("GET")) {
			headers.setIfMatch(currentETag(rest, credentials, packageKey));
		}
		HttpEntity<String> request = (body != null) ? new HttpEntity<>(JsonBodies.json(body).getBody(), headers)
				: new HttpEntity<>(headers);

		ResponseEntity<String> response = rest.exchange(path, HttpMethod.valueOf(method), request, String.class);

		assertThat(response.getStatusCode().value()).as("%s %s %s: %s", caller, method, path, response.getBody())
			.isEqualTo(expected);
		if (expected >= 400) {
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(response.getBody()).contains("\"status\":" + expected);
		}
	}

	private static String currentETag(TestRestTemplate rest, Function<String, HttpHeaders> credentials,
			String packageKey) {
		ResponseEntity<JsonNode> current = rest.exchange("/api/packages/" + packageKey, HttpMethod.GET,
				new HttpEntity<>(credentials.apply("integrator")), JsonNode.class);
		return current.getHeaders().getETag();
	}

	private static Object bodyFor(String pathTemplate, String packageKey, int number) {
		if (pathTemplate.equals("/api/packages")) {
			return Map.of("key", packageKey + "-N" + number, "title", "Made by the access test", "issuer", "EU");
		}
		if (pathTemplate.endsWith("/measures")) {
			return Map.of("reason", "access test " + number, "measures",
					List.of(Map.of("category", "TRAVEL_BAN", "description", "No entry, version " + number)));
		}
		if (pathTemplate.endsWith("/listings")) {
			return Map.of("reason", "access test", "listing", Map.of("euReferenceNumber", packageKey + ".N" + number,
					"subjectType", "PERSON", "names", List.of("Person N" + number)));
		}
		return Snapshots.oneRegime(9500 + number, "ACC" + (char) ('A' + number % 26) + (char) ('A' + number / 26 % 26),
				null, "Assets are frozen.");
	}

}
