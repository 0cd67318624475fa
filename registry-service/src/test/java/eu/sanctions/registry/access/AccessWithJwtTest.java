package eu.sanctions.registry.access;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import eu.sanctions.events.testing.TestTokens;
import eu.sanctions.registry.NoBrokerTestBase;
import eu.sanctions.registry.revisions.EditingPackages;
import eu.sanctions.registry.revisions.Packages;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may call what, with real signed JWTs, as behind an identity provider. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessWithJwtTest extends NoBrokerTestBase {

	private static final String PACKAGE = "EU-ACCESS-JWT";

	@Autowired
	EditingPackages editing;

	@Autowired
	Packages packages;

	@Autowired
	TestRestTemplate rest;

	@BeforeAll
	void createAPackageOfItsOwn() {
		AccessTable.createPackage(this.editing, this.packages, PACKAGE);
	}

	static List<Arguments> rows() {
		return AccessTable.rows();
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@MethodSource("rows")
	void answersEachCallerAsItsRoleAllows(String caller, String method, String path, int expected) {
		AccessTable.check(this.rest, AccessWithJwtTest::bearer, PACKAGE, caller, method, path, expected);
	}

	@Test
	void refusesAnExpiredOrForgedToken() {
		assertThat(get(TestTokens.expiredToken("staff", List.of("STAFF"))).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<JsonNode> forged = get(TestTokens.forgedToken("staff", List.of("STAFF")));
		assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(forged.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesBasicCredentialsWhenAnIssuerIsConfigured() {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth("staff", "whatever-password");

		assertThat(this.rest.exchange("/api/packages", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private ResponseEntity<JsonNode> get(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		return this.rest.exchange("/api/packages", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
	}

	private static HttpHeaders bearer(String caller) {
		HttpHeaders headers = new HttpHeaders();
		switch (caller) {
			case "staff" -> headers.setBearerAuth(TestTokens.token("a.staff", List.of("STAFF"), null));
			case "admin" -> headers.setBearerAuth(TestTokens.token("an.admin", List.of("ADMIN"), null));
			case "integrator" -> headers.setBearerAuth(TestTokens.token("a.bank", List.of("INTEGRATOR"), null));
			case "desk" -> headers.setBearerAuth(TestTokens.token("desk-LT", List.of("DESK"), "LT"));
			default -> {
			}
		}
		return headers;
	}

}
