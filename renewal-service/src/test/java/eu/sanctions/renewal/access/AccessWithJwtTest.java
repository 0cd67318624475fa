package eu.sanctions.renewal.access;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import eu.sanctions.events.testing.TestTokens;
import eu.sanctions.renewal.ProductionLikeServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may call what, with real signed JWTs, as behind an identity provider. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessWithJwtTest extends ProductionLikeServiceTest {

	private AccessTable.Fixture fixture;

	@BeforeAll
	void prepareARenewalInReview() {
		makeThisServicesEngineTheDefault();
		this.fixture = AccessTable.Fixture.prepare(this);
	}

	static List<Arguments> rows() {
		return AccessTable.rows();
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@MethodSource("rows")
	void answersEachCallerAsItsRoleAllows(String caller, String method, String path, int expected) {
		AccessTable.check(this, this.fixture, caller, method, path, expected);
	}

	@Test
	void refusesAnExpiredOrForgedTokenAndADeskTokenWithoutItsState() {
		assertThat(withToken(TestTokens.expiredToken("staff", List.of("STAFF"))).getStatusCode().value())
			.isEqualTo(401);
		ResponseEntity<JsonNode> forged = withToken(TestTokens.forgedToken("staff", List.of("STAFF")));
		assertThat(forged.getStatusCode().value()).isEqualTo(401);
		assertThat(forged.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(withToken(TestTokens.token("desk-LT", List.of("DESK"), null)).getStatusCode().value())
			.isEqualTo(401);
		assertThat(withToken(TestTokens.token("desk-LT", List.of("DESK"), "LT")).getStatusCode().value())
			.isEqualTo(200);
	}

	@Test
	void refusesBasicCredentialsWhenAnIssuerIsConfigured() {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth("staff", PASSWORD);

		assertThat(this.rest.exchange("/api/renewals", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class)
			.getStatusCode()
			.value()).isEqualTo(401);
	}

	private ResponseEntity<JsonNode> withToken(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		return this.rest.exchange("/api/renewals", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
	}

}
