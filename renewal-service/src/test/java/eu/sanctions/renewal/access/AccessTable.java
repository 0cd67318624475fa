package eu.sanctions.renewal.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import eu.sanctions.renewal.ServiceTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the service, every kind of caller, and what each gets: the table that
 * both the Basic and the JWT test run as real HTTP requests. {@code {renewal}} is a
 * renewal in review, {@code {none}} one that does not exist, {@code {fresh}} a renewal
 * started for the row, {@code {review}} the review task of {@code {renewal}}.
 */
final class AccessTable {

	private static final List<String> EVERYONE = List.of("staff", "desk", "integrator", "admin");

	private static final AtomicInteger unique = new AtomicInteger();

	private AccessTable() {
	}

	static List<Arguments> rows() {
		List<Arguments> rows = new ArrayList<>();
		List<String> reads = List.of("/api/renewals", "/api/renewals?status=OPEN&packageKey=EU-BLR",
				"/api/renewals/{renewal}");
		for (String read : reads) {
			rows.add(Arguments.of("anonymous", "GET", read, 401));
			EVERYONE.forEach((caller) -> rows.add(Arguments.of(caller, "GET", read, 200)));
		}
		for (String caller : List.of("anonymous", "staff", "desk", "integrator", "admin")) {
			boolean anonymous = caller.equals("anonymous");
			rows.add(Arguments.of(caller, "POST", "/api/renewals",
					anonymous ? 401 : caller.equals("staff") ? 201 : 403));
			rows.add(Arguments.of(caller, "POST", "/api/renewals/{renewal}/positions",
					anonymous ? 401 : caller.equals("desk") ? 202 : 403));
			rows.add(Arguments.of(caller, "POST", "/api/renewals/{none}/positions",
					anonymous ? 401 : caller.equals("desk") ? 404 : 403));
			rows.add(Arguments.of(caller, "POST",
					caller.equals("staff") ? "/api/renewals/{fresh}/withdrawal" : "/api/renewals/{renewal}/withdrawal",
					anonymous ? 401 : caller.equals("staff") ? 200 : 403));
			rows.add(Arguments.of(caller, "POST", "/api/renewals/{none}/withdrawal",
					anonymous ? 401 : caller.equals("staff") ? 404 : 403));
			rows.add(Arguments.of(caller, "GET", "/engine-rest/task?processInstanceBusinessKey={renewal}",
					anonymous ? 401 : caller.equals("integrator") ? 403 : 200));
			rows.add(Arguments.of(caller, "GET", "/engine-rest/process-definition?key=sanctions-renewal",
					anonymous ? 401 : caller.equals("integrator") ? 403 : 200));
			rows.add(Arguments.of(caller, "GET", "/actuator/health", 200));
			rows.add(Arguments.of(caller, "GET", "/actuator/health/liveness", 200));
			rows.add(Arguments.of(caller, "GET", "/actuator/info", 200));
			rows.add(Arguments.of(caller, "GET", "/v3/api-docs", 200));
			for (String operational : List.of("/actuator/metrics", "/actuator/prometheus", "/actuator/clock")) {
				rows.add(
						Arguments.of(caller, "GET", operational, anonymous ? 401 : caller.equals("admin") ? 200 : 403));
			}
			rows.add(Arguments.of(caller, "POST", "/actuator/clock",
					anonymous ? 401 : caller.equals("admin") ? 200 : 403));
		}
		rows.add(Arguments.of("integrator", "POST", "/engine-rest/task/{review}/complete", 403));
		rows.add(Arguments.of("anonymous", "POST", "/engine-rest/task/{review}/complete", 401));
		rows.add(Arguments.of("desk", "POST", "/engine-rest/task/{review}/complete", 403));
		rows.add(Arguments.of("desk", "POST", "/api/renewals/{renewal}/positions?state=HU", 403));
		rows.add(Arguments.of("desk", "POST", "/api/renewals/{none}/positions?state=HU", 403));
		rows.add(Arguments.of("desk", "DELETE", "/api/renewals/{renewal}", 403));
		rows.add(Arguments.of("staff", "PUT", "/api/renewals/{renewal}", 405));
		rows.add(Arguments.of("anonymous", "GET", "/camunda/app/tasklist/default/", 200));
		return rows;
	}

	/** A package in the view, and a renewal of it in review. */
	record Fixture(String packageKey, String renewalId, String reviewTask) {

		static Fixture prepare(ServiceTestSupport test) {
			String packageKey = ServiceTestSupport.newPackageKey();
			LocalDate expiry = test.today().plusMonths(3);
			test.packagePublished(packageKey, expiry, 1);
			test.renewalDue(packageKey, expiry);
			String renewalId = packageKey + ":" + expiry;
			test.awaitRenewal(renewalId);
			Awaitility.await()
				.atMost(ServiceTestSupport.WAIT_FOR_FIXTURES)
				.until(() -> test.exchange("staff", HttpMethod.POST, "/api/renewals",
						Map.of("packageKey", packageKey, "expiry", expiry.plusYears(9).toString())),
						(response) -> response.getStatusCode().value() == 201);
			return new Fixture(packageKey, renewalId, test.awaitTask(renewalId, "review"));
		}

	}

	/**
	 * Sends the row's request and checks the status, and that refusals are problem+json.
	 */
	static void check(ServiceTestSupport test, Fixture fixture, String caller, String method, String template,
			int expected) {
		int number = unique.incrementAndGet();
		String path = template.replace("{renewal}", fixture.renewalId())
			.replace("{none}", fixture.packageKey() + ":2031-01-31")
			.replace("{review}", fixture.reviewTask());
		if (template.contains("{fresh}")) {
			LocalDate expiry = test.today().plusMonths(4).plusDays(number);
			test.renewalDue(fixture.packageKey(), expiry);
			test.awaitRenewal(fixture.packageKey() + ":" + expiry);
			path = path.replace("{fresh}", fixture.packageKey() + ":" + expiry);
		}
		String state = template.endsWith("?state=HU") ? "HU" : "LT";
		path = path.replace("?state=HU", "");
		Object body = method.equals("GET") || method.equals("DELETE") ? null
				: bodyFor(test, fixture, path, state, number);

		ResponseEntity<String> response = test.exchange(user(caller), HttpMethod.valueOf(method), path, body);

		assertThat(response.getStatusCode().value()).as("%s %s %s: %s", caller, method, path, response.getBody())
			.isEqualTo(expected);
		if (expected >= 400 && !path.startsWith("/engine-rest")) {
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(response.getBody()).contains("\"status\":" + expected)
				.doesNotContain("Exception")
				.doesNotContainIgnoringCase("select ");
		}
	}

	/** The demo user, or the token's user, for a kind of caller. */
	static String user(String caller) {
		return caller.equals("desk") ? "desk-LT" : caller;
	}

	private static Object bodyFor(ServiceTestSupport test, Fixture fixture, String path, String state, int number) {
		if (path.equals("/api/renewals")) {
			return Map.of("packageKey", fixture.packageKey(), "expiry",
					test.today().plusYears(2).plusDays(number).toString());
		}
		if (path.endsWith("/positions")) {
			return Map.of("state", state, "position", "SUPPORT");
		}
		if (path.endsWith("/withdrawal")) {
			return Map.of("reason", "Access test " + number);
		}
		if (path.equals("/actuator/clock")) {
			return Map.of("advance", "PT0S");
		}
		if (path.endsWith("/complete")) {
			return Map.of("variables", Map.of());
		}
		return Map.of();
	}

}
