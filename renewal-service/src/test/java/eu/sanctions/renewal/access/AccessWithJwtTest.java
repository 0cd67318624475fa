package eu.sanctions.renewal.access;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
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

import eu.sanctions.events.access.DemoUsers;
import eu.sanctions.events.testing.TestTokens;
import eu.sanctions.renewal.ProductionLikeServiceTest;
import eu.sanctions.renewal.TasklistSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, with real signed JWTs, as behind an identity provider. Tasklist logs
 * its users in against Camunda's identity service: in production an identity plugin
 * (LDAP, SSO) provides them, here the test adds the table's users to Camunda for as long
 * as it runs, in their groups.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessWithJwtTest extends ProductionLikeServiceTest {

	private static final List<String> TASKLIST_USERS = List.of("staff", "admin", "integrator", "desk-LT");

	private AccessTable.Fixture fixture;

	private final AccessTable.Sessions tasklist = new AccessTable.Sessions();

	@BeforeAll
	void prepareRenewalsAndTasklistUsers() {
		makeThisServicesEngineTheDefault();
		this.fixture = AccessTable.Fixture.prepare(this, this.engine);
		IdentityService identity = this.engine.getIdentityService();
		for (String name : TASKLIST_USERS) {
			User user = identity.newUser(name);
			user.setPassword(PASSWORD);
			identity.saveUser(user);
			CamundaGroups.of(DemoUsers.callerNamed(name)).forEach((group) -> identity.createMembership(name, group));
		}
	}

	@AfterAll
	void removeTasklistUsers() {
		TASKLIST_USERS.forEach(this.engine.getIdentityService()::deleteUser);
	}

	static List<Arguments> rows() {
		return AccessTable.rows();
	}

	@ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
	@MethodSource("rows")
	void answersEachCallerAsItsRoleAllows(String caller, String method, String path, String body, int expected)
			throws Exception {
		AccessTable.check(this, this.rest, this.tasklist, this.fixture, caller, method, path, body, expected);
	}

	@Test
	void showsTheHealthComponentsToAdminsOnly() throws Exception {
		AccessTable.checkHealthDetails(this);
	}

	@Test
	void keepsTasklistsApiClosedToABearerTokenWithoutASession() {
		HttpHeaders headers = credentials("desk-LT");

		ResponseEntity<String> tasks = this.rest.exchange(TasklistSession.API + "/task", HttpMethod.GET,
				new HttpEntity<>(headers), String.class);

		assertThat(tasks.getStatusCode().value()).isEqualTo(401);
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
