package eu.sanctions.renewal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's own doors, {@code /engine-rest} and Tasklist's API, as a desk could use
 * them to reach past its form: variables no form field names, the branch's state, another
 * state's task, staff recording a state's position. Each refusal leaves the renewal as it
 * was.
 */
class CamundaDoorsTest extends EmbeddedServiceTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/engine-rest/task/{id}/complete", "/engine-rest/task/{id}/submit-form",
			"/engine-rest/task/{id}/resolve", "/engine-rest/engine/default/task/{id}/complete",
			"tasklist:/task/{id}/complete", "tasklist:/task/{id}/submit-form", "tasklist:/task/{id}/resolve" })
	void refusesVariablesThatNoFieldOfTheTasksFormNames(String door) throws Exception {
		StartedRenewal started = renewalCollectingPositions();
		String lithuania = taskOf(started.renewalId(), "LT").getId();
		String instance = taskOf(started.renewalId(), "LT").getProcessInstanceId();
		Object deadline = this.engine.getRuntimeService().getVariable(instance, "positionDeadline");

		ResponseEntity<String> refused = send("desk-LT", door, lithuania,
				Map.of("position", "OPPOSE", "state", "HU", "positionDeadline", "2099-12-31", "channel", "KAFKA"));

		assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = JSON.readTree(refused.getBody());
		assertThat(problem.path("unexpectedVariables")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("state", "positionDeadline", "channel");
		assertThat(problem.path("detail").asText()).contains("position", "conditions", "justification");
		assertThat(this.engine.getTaskService().getVariable(lithuania, "state")).isEqualTo("LT");
		assertThat(this.engine.getRuntimeService().getVariable(instance, "positionDeadline")).isEqualTo(deadline);
		assertThat(taskOf(started.renewalId(), "LT").getId()).isEqualTo(lithuania);
		assertThat(taskOf(started.renewalId(), "HU")).isNotNull();
		assertThat(awaitRenewal(started.renewalId()).path("positions")).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "staff", "admin" })
	void refusesStaffAndAdminsWhoRecordAStatesPositionAtEitherDoor(String user) {
		StartedRenewal started = renewalCollectingPositions();
		String lithuania = taskOf(started.renewalId(), "LT").getId();

		ResponseEntity<String> onEngineRest = send(user, "/engine-rest/task/{id}/complete", lithuania,
				Map.of("position", "SUPPORT"));
		ResponseEntity<String> inTasklist = send(user, "tasklist:/task/{id}/submit-form", lithuania,
				Map.of("position", "SUPPORT"));

		for (ResponseEntity<String> refused : List.of(onEngineRest, inTasklist)) {
			assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(403);
			assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(refused.getBody()).contains("Only the desk of LT");
		}
		assertThat(taskOf(started.renewalId(), "LT").getId()).isEqualTo(lithuania);
		assertThat(awaitRenewal(started.renewalId()).path("positions")).isEmpty();
	}

	@Test
	void recordsADesksAnswerInTasklistAsTheDeskThroughTasklist() {
		StartedRenewal started = renewalCollectingPositions();
		String lithuania = taskOf(started.renewalId(), "LT").getId();
		TasklistSession tasklist = TasklistSession.login(this.rest, "desk-LT", PASSWORD);

		ResponseEntity<String> submitted = tasklist.submitForm(lithuania,
				Map.of("position", "SUPPORT_WITH_CONDITIONS", "conditions", "A statement on energy security"));

		assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(204);
		JsonNode renewal = awaitRenewal(started.renewalId(), (detail) -> detail.path("positions").size() == 1);
		JsonNode position = PositionRaceTest.stateOf(renewal, "LT");
		assertThat(position.path("position").asText()).isEqualTo("SUPPORT_WITH_CONDITIONS");
		assertThat(position.path("channel").asText()).isEqualTo("TASKLIST");
		assertThat(position.path("submittedBy").asText()).isEqualTo("desk-LT");
	}

	@Test
	void answersADeskTheSameForAnotherStatesTaskAndForNoTaskAtEitherDoor() {
		StartedRenewal started = renewalCollectingPositions();
		String hungary = taskOf(started.renewalId(), "HU").getId();
		String none = "7d0c3a9e-0000-11f0-0000-000000000000";
		TasklistSession tasklist = TasklistSession.login(this.rest, "desk-LT", PASSWORD);
		Set<String> details = new HashSet<>();

		for (Function<String, ResponseEntity<String>> request : List.<Function<String, ResponseEntity<String>>>of(
				(task) -> exchange("desk-LT", HttpMethod.GET, "/engine-rest/task/" + task, null),
				(task) -> exchange("desk-LT", HttpMethod.GET, "/engine-rest/task/" + task + "/variables", null),
				(task) -> exchange("desk-LT", HttpMethod.POST, "/engine-rest/task/" + task + "/claim",
						Map.of("userId", "desk-LT")),
				(task) -> send("desk-LT", "/engine-rest/task/{id}/complete", task, Map.of("position", "OPPOSE")),
				(task) -> tasklist.submitForm(task, Map.of("position", "OPPOSE")))) {
			ResponseEntity<String> another = request.apply(hungary);
			ResponseEntity<String> missing = request.apply(none);

			assertThat(another.getStatusCode().value()).as(another.getBody()).isEqualTo(403);
			assertThat(missing.getStatusCode().value()).as(missing.getBody()).isEqualTo(403);
			assertThat(another.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			details.add(detail(another));
			details.add(detail(missing));
		}
		assertThat(details).as("one answer, whatever the door and whether the task exists").hasSize(1);
		assertThat(taskOf(started.renewalId(), "HU").getAssignee()).isNull();
	}

	@Test
	void refusesABpmnErrorOrEscalationThatWouldEndADesksBranch() {
		StartedRenewal started = renewalCollectingPositions();
		String lithuania = taskOf(started.renewalId(), "LT").getId();

		ResponseEntity<String> error = exchange("desk-LT", HttpMethod.POST,
				"/engine-rest/task/" + lithuania + "/bpmnError", Map.of("errorCode", "closeTheRound"));
		ResponseEntity<String> escalation = exchange("desk-LT", HttpMethod.POST,
				"/engine-rest/task/" + lithuania + "/bpmnEscalation", Map.of("escalationCode", "closeTheRound"));

		assertThat(error.getStatusCode().value()).as(error.getBody()).isEqualTo(400);
		assertThat(escalation.getStatusCode().value()).as(escalation.getBody()).isEqualTo(400);
		assertThat(taskOf(started.renewalId(), "LT").getId()).isEqualTo(lithuania);
		assertThat(awaitTasks(started.renewalId(), "givePosition", 27)).hasSize(27);
	}

	@Test
	void answersEveryEngineRestErrorAsAProblem() {
		ResponseEntity<String> malformed = exchange("staff", HttpMethod.POST, "/engine-rest/message", "{not json");
		ResponseEntity<String> unknown = exchange("staff", HttpMethod.GET, "/engine-rest/no-such-resource", null);
		ResponseEntity<String> noInstance = exchange("staff", HttpMethod.GET,
				"/engine-rest/process-instance/7d0c3a9e-0000-11f0-0000-000000000000", null);

		assertThat(malformed.getStatusCode().value()).isEqualTo(400);
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
		assertThat(noInstance.getStatusCode().value()).isEqualTo(403);
		for (ResponseEntity<String> error : List.of(malformed, unknown, noInstance)) {
			assertThat(error.getHeaders().getContentType()).as(error.getBody())
				.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(error.getBody()).doesNotContain("Exception").doesNotContain("\tat ");
		}
	}

	/**
	 * Sends the variables to a task through a door: {@code /engine-rest/...} typed, as a
	 * client of the engine's REST API; {@code tasklist:...} untyped, in a Tasklist
	 * session.
	 */
	private ResponseEntity<String> send(String user, String door, String taskId, Map<String, Object> values) {
		if (door.startsWith("tasklist:")) {
			TasklistSession tasklist = TasklistSession.login(this.rest, user, PASSWORD);
			assertThat(tasklist.loggedIn()).as("%s logs in to Tasklist", user).isTrue();
			return tasklist.exchange(HttpMethod.POST,
					TasklistSession.API + door.substring("tasklist:".length()).replace("{id}", taskId),
					json(Map.of("variables", TasklistSession.untyped(values))));
		}
		Map<String, Object> typed = new java.util.HashMap<>();
		values.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", "String")));
		return exchange(user, HttpMethod.POST, door.replace("{id}", taskId), Map.of("variables", typed));
	}

	private Task taskOf(String renewalId, String state) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(renewalId)
			.taskDefinitionKey("givePosition")
			.taskCandidateGroup("desk-" + state)
			.singleResult();
	}

	private static String detail(ResponseEntity<String> problem) {
		try {
			return JSON.readTree(problem.getBody()).path("detail").asText();
		}
		catch (Exception ex) {
			throw new AssertionError("Not JSON: " + problem.getBody(), ex);
		}
	}

}
