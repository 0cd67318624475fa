package eu.sanctions.renewal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's own doors, Tasklist and the engine REST API, with the engine's authorizations
 * on: a desk sees and completes its own state's task and no other, whichever door it
 * uses, and the demo users log in to Tasklist with the passwords the API takes.
 */
class EngineAccessTest extends EmbeddedServiceTest {

	@Test
	void showsADeskOnlyItsOwnStatesTaskAndRefusesAnotherStates() {
		String renewalId = renewalAskingPositions();

		List<JsonNode> lithuania = tasks("desk-LT", renewalId, "givePosition");
		List<JsonNode> everyTask = tasks("staff", renewalId, "givePosition");
		String hungary = everyTask.stream()
			.filter((task) -> task.path("name").asText().equals("Position of HU"))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asText();

		assertThat(lithuania).singleElement()
			.satisfies((task) -> assertThat(task.path("name").asText()).isEqualTo("Position of LT"));
		assertThat(everyTask).hasSize(27);
		ResponseEntity<String> refused = complete("desk-LT", hungary, Map.of("position", "OPPOSE"));
		assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(403);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		ResponseEntity<JsonNode> another = get("desk-LT", "/engine-rest/task/" + hungary);
		assertThat(another.getStatusCode().value()).isEqualTo(403);
		assertThat(another.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		String ownTask = lithuania.get(0).path("id").asText();
		ResponseEntity<JsonNode> form = get("desk-LT", "/engine-rest/task/" + ownTask + "/deployed-form");
		assertThat(form.getStatusCode().value()).as("%s", form.getBody()).isEqualTo(200);
		assertThat(form.getBody().path("id").asText()).isEqualTo("position");
		assertThat(get("desk-LT", "/engine-rest/task/" + ownTask + "/form-variables").getStatusCode().value())
			.isEqualTo(200);
		ResponseEntity<String> own = complete("desk-LT", ownTask, Map.of("position", "ABSTAIN"));
		assertThat(own.getStatusCode().value()).as(own.getBody()).isEqualTo(204);
		JsonNode renewal = awaitRenewal(renewalId, (detail) -> detail.path("positions").size() == 1);
		JsonNode position = PositionRaceTest.stateOf(renewal, "LT");
		assertThat(position.path("position").asText()).isEqualTo("ABSTAIN");
		assertThat(position.path("channel").asText()).isEqualTo("TASKLIST");
		assertThat(position.path("submittedBy").asText()).isEqualTo("desk-LT");
		assertThat(get("integrator", "/engine-rest/task").getStatusCode().value()).isEqualTo(403);
		assertThat(get("anonymous", "/engine-rest/task").getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void answersTaskInputThatBreaksTheRulesWithAProblem() {
		StartedRenewal started = renewalInReview();
		LocalDate expiry = started.expiry();
		String renewalId = started.renewalId();
		String review = awaitTask(renewalId, "review");

		ResponseEntity<String> refused = complete("staff", review,
				Map.of("recommendation", "EXTEND", "proposedNewExpiry", expiry.minusDays(1).toString(),
						"positionDeadline", expiry.plusDays(1).toString()));

		assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getBody()).contains("must be after the current expiry")
			.contains("must be before the expiry")
			.doesNotContain("Exception")
			.doesNotContain("TaskListener");
		assertThat(tasks("staff", renewalId, "review")).hasSize(1);
	}

	@Test
	void givesEachDeskATasklistFilterOfItsOwnTasks() {
		String renewalId = renewalAskingPositions();
		JsonNode filters = get("desk-PL", "/engine-rest/filter?resourceType=Task").getBody();
		String deskFilter = null;
		for (JsonNode filter : filters) {
			if (filter.path("name").asText().equals("Tasks of my desk")) {
				deskFilter = filter.path("id").asText();
			}
		}
		assertThat(deskFilter).as("%s", filters).isNotNull();

		JsonNode listed = get("desk-PL",
				"/engine-rest/filter/" + deskFilter + "/list?processInstanceBusinessKey=" + renewalId)
			.getBody();

		assertThat(listed.findValuesAsText("name")).containsOnly("Position of PL");
	}

	@Test
	void letsAProvisionedUserLogInToTasklist() {
		ResponseEntity<JsonNode> desk = login("desk-LT", PASSWORD);
		ResponseEntity<JsonNode> wrong = login("desk-LT", "not-the-password");

		assertThat(desk.getStatusCode().value()).as("%s", desk).isEqualTo(200);
		assertThat(desk.getBody().path("userId").asText()).isEqualTo("desk-LT");
		assertThat(desk.getBody().path("authorizedApps").toString()).contains("tasklist");
		assertThat(wrong.getStatusCode().value()).isEqualTo(401);
		assertThat(login("staff", PASSWORD).getBody().path("authorizedApps").toString()).contains("cockpit");
	}

	/**
	 * Logs in as Tasklist does: Camunda's CSRF protection wants the token of the session
	 * it hands out with the first page, as a header.
	 */
	private ResponseEntity<JsonNode> login(String user, String password) {
		ResponseEntity<String> page = this.rest.getForEntity("/camunda/app/tasklist/default/", String.class);
		List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", password);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		cookies.forEach((cookie) -> headers.add(HttpHeaders.COOKIE, cookie.substring(0, cookie.indexOf(';'))));
		if (token != null) {
			headers.set("X-XSRF-TOKEN", token);
		}
		return this.rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
				new HttpEntity<>(form, headers), JsonNode.class);
	}

	private String renewalAskingPositions() {
		StartedRenewal started = renewalCollectingPositions();
		String renewalId = started.renewalId();
		return renewalId;
	}

}
