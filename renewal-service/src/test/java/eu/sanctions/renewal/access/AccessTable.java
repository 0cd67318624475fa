package eu.sanctions.renewal.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import eu.sanctions.renewal.ServiceTestSupport;
import eu.sanctions.renewal.TasklistSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the service, every kind of caller, and what each gets: the table that
 * both the Basic and the JWT test run as real HTTP requests. {@code {renewal}} is a
 * renewal in review, {@code {none}} one that does not exist, {@code {fresh}} a renewal
 * started for the row, {@code {review}} the review task of {@code {renewal}};
 * {@code {asking}} is a renewal asking the 27 desks, {@code {lt}} and {@code {hu}} the
 * position tasks of Lithuania and Hungary in it, {@code {instance}} its process instance,
 * {@code {execution}} the execution of Lithuania's task, {@code {no-task}} a task that
 * does not exist. A path {@code tasklist:/task/...} goes to Tasklist's own API, in a
 * Tasklist session of the caller. The desk is {@code desk-LT}.
 */
final class AccessTable {

	private static final List<String> EVERYONE = List.of("staff", "desk", "integrator", "admin");

	private static final List<String> CALLERS = List.of("anonymous", "staff", "desk", "integrator", "admin");

	private static final String NO_TASK = "7d0c3a9e-0000-11f0-0000-000000000000";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final AtomicInteger unique = new AtomicInteger();

	private AccessTable() {
	}

	static List<Arguments> rows() {
		List<Arguments> rows = new ArrayList<>();
		List<String> reads = List.of("/api/renewals", "/api/renewals?status=OPEN&packageKey=EU-BLR",
				"/api/renewals/{renewal}");
		for (String read : reads) {
			rows.add(row("anonymous", "GET", read, 401));
			EVERYONE.forEach((caller) -> rows.add(row(caller, "GET", read, 200)));
		}
		for (String caller : CALLERS) {
			boolean anonymous = caller.equals("anonymous");
			rows.add(row(caller, "POST", "/api/renewals", anonymous ? 401 : caller.equals("staff") ? 201 : 403));
			rows.add(row(caller, "POST", "/api/renewals/{renewal}/positions",
					anonymous ? 401 : caller.equals("desk") ? 202 : 403));
			rows.add(row(caller, "POST", "/api/renewals/{none}/positions",
					anonymous ? 401 : caller.equals("desk") ? 404 : 403));
			rows.add(row(caller, "POST",
					caller.equals("staff") ? "/api/renewals/{fresh}/withdrawal" : "/api/renewals/{renewal}/withdrawal",
					anonymous ? 401 : caller.equals("staff") ? 200 : 403));
			rows.add(row(caller, "POST", "/api/renewals/{none}/withdrawal",
					anonymous ? 401 : caller.equals("staff") ? 404 : 403));
			for (String open : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
					"/actuator/info", "/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html",
					"/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/", "/camunda/app/admin/default/")) {
				rows.add(row(caller, "GET", open, 200));
			}
			for (String operational : List.of("/actuator/metrics", "/actuator/prometheus", "/actuator/clock")) {
				rows.add(row(caller, "GET", operational, anonymous ? 401 : caller.equals("admin") ? 200 : 403));
			}
			rows.add(row(caller, "POST", "/actuator/clock", anonymous ? 401 : caller.equals("admin") ? 200 : 403));
			// Camunda's first-admin setup: never through the service, admins are
			// provisioned.
			rows.add(row(caller, "POST", "/camunda/api/admin/setup/default/user/create", 403));
			engineRestRows(rows, caller);
			tasklistRows(rows, caller);
		}
		rows.add(row("desk", "POST", "/api/renewals/{renewal}/positions?state=HU", 403));
		rows.add(row("desk", "POST", "/api/renewals/{none}/positions?state=HU", 403));
		rows.add(row("desk", "DELETE", "/api/renewals/{renewal}", 403));
		rows.add(row("staff", "PUT", "/api/renewals/{renewal}", 405));
		deskEngineRows(rows);
		return rows;
	}

	/**
	 * The engine's REST API: staff, desks and admins, each as the engine's authorizations
	 * and the door's rules allow; a task the caller may not see gets the same 403 whether
	 * it exists or not.
	 */
	private static void engineRestRows(List<Arguments> rows, String caller) {
		boolean anonymous = caller.equals("anonymous");
		boolean integrator = caller.equals("integrator");
		boolean desk = caller.equals("desk");
		int refusedToOthers = anonymous ? 401 : 403;
		rows.add(row(caller, "GET", "/engine-rest/task?processInstanceBusinessKey={renewal}",
				anonymous ? 401 : integrator ? 403 : 200));
		rows.add(row(caller, "GET", "/engine-rest/process-definition?key=sanctions-renewal",
				anonymous ? 401 : integrator ? 403 : 200));
		rows.add(row(caller, "GET", "/engine-rest/task/{lt}", anonymous ? 401 : integrator ? 403 : 200));
		rows.add(row(caller, "GET", "/engine-rest/task/{hu}", anonymous ? 401 : integrator || desk ? 403 : 200));
		rows.add(row(caller, "GET", "/engine-rest/task/{no-task}", refusedToOthers));
		rows.add(row(caller, "GET", "/engine-rest/process-instance/{instance}",
				anonymous ? 401 : integrator || desk ? 403 : 200));
		rows.add(row(caller, "GET", "/engine-rest/process-instance/{no-task}", refusedToOthers));
		// Only Lithuania's desk records Lithuania's position, and only with its form's
		// fields.
		for (String action : List.of("complete", "submit-form", "resolve", "bpmnError")) {
			rows.add(row(caller, "POST", "/engine-rest/task/{lt}/" + action, "another-state",
					anonymous ? 401 : desk ? 400 : 403));
		}
		rows.add(row(caller, "POST", "/engine-rest/task/{hu}/complete", "position", refusedToOthers));
		rows.add(row(caller, "POST", "/engine-rest/task/{no-task}/complete", "position", refusedToOthers));
		rows.add(row(caller, "POST", "/engine-rest/engine/default/task/{hu}/complete", "position", refusedToOthers));
		// Staff's own task: theirs to work, and the review's rules refuse it empty.
		rows.add(row(caller, "POST", "/engine-rest/task/{review}/complete", "no-variables",
				anonymous ? 401 : (integrator || desk) ? 403 : 400));
	}

	/**
	 * Everything a desk could use to reach past its task's form: the engine refuses each
	 * (desks hold READ and TASK_WORK on their own tasks, nothing more), the door refuses
	 * messages and signals.
	 */
	private static void deskEngineRows(List<Arguments> rows) {
		rows.add(row("desk", "PUT", "/engine-rest/task/{lt}/variables/state", "value", 403));
		rows.add(row("desk", "POST", "/engine-rest/task/{lt}/variables", "modifications", 403));
		rows.add(row("desk", "PUT", "/engine-rest/task/{lt}/localVariables/state", "value", 403));
		rows.add(row("desk", "POST", "/engine-rest/task/{lt}/localVariables", "modifications", 403));
		rows.add(row("desk", "DELETE", "/engine-rest/task/{lt}/variables/state", 403));
		rows.add(row("desk", "POST", "/engine-rest/task/{lt}/identity-links", "identity-link", 403));
		rows.add(row("desk", "POST", "/engine-rest/task/{lt}/identity-links/delete", "own-identity-link", 403));
		rows.add(row("desk", "POST", "/engine-rest/task/{lt}/delegate", "user", 403));
		rows.add(row("desk", "POST", "/engine-rest/task/{lt}/assignee", "user", 403));
		rows.add(row("desk", "PUT", "/engine-rest/task/{lt}", "task", 403));
		rows.add(row("desk", "PUT", "/engine-rest/process-instance/{instance}/variables/positionDeadline", "value",
				403));
		rows.add(row("desk", "POST", "/engine-rest/process-instance/{instance}/variables", "modifications", 403));
		rows.add(row("desk", "POST", "/engine-rest/process-instance/{instance}/modification", "modification", 403));
		rows.add(row("desk", "DELETE", "/engine-rest/process-instance/{instance}", 403));
		rows.add(row("desk", "PUT", "/engine-rest/execution/{execution}/localVariables/state", "value", 403));
		rows.add(row("desk", "POST", "/engine-rest/execution/{execution}/localVariables", "modifications", 403));
		rows.add(row("desk", "POST", "/engine-rest/execution/{execution}/signal", "no-variables", 403));
		rows.add(row("desk", "POST", "/engine-rest/message", "message", 403));
		rows.add(row("desk", "POST", "/engine-rest/signal", "signal", 403));
		rows.add(row("desk", "POST", "/engine-rest/engine/default/signal", "signal", 403));
		rows.add(row("desk", "POST", "/engine-rest/process-definition/key/sanctions-renewal/start", "no-variables",
				403));
		rows.add(row("desk", "POST", "/engine-rest/user/create", "user-profile", 403));
		rows.add(row("desk", "POST", "/engine-rest/authorization/create", "authorization", 403));
	}

	/**
	 * Tasklist's own API, in a Tasklist session: the same rules as the engine's REST API.
	 * Camunda answers 401 to a caller without a session (anonymous, the integrator, who
	 * may not use Tasklist).
	 */
	private static void tasklistRows(List<Arguments> rows, String caller) {
		boolean noSession = caller.equals("anonymous") || caller.equals("integrator");
		boolean desk = caller.equals("desk");
		rows.add(row(caller, "GET", "tasklist:/task?processInstanceBusinessKey={asking}", noSession ? 401 : 200));
		for (String action : List.of("submit-form", "complete", "resolve")) {
			rows.add(row(caller, "POST", "tasklist:/task/{lt}/" + action, "another-state",
					noSession ? 401 : desk ? 400 : 403));
		}
		rows.add(row(caller, "POST", "tasklist:/task/{hu}/submit-form", "position", noSession ? 401 : 403));
		rows.add(row(caller, "POST", "tasklist:/task/{no-task}/submit-form", "position", noSession ? 401 : 403));
		if (desk) {
			rows.add(row(caller, "GET", "tasklist:/task/{hu}", 404));
			rows.add(row(caller, "GET", "tasklist:/task/{no-task}", 404));
			rows.add(row(caller, "PUT", "tasklist:/task/{lt}/variables/state", "value", 403));
			rows.add(row(caller, "POST", "tasklist:/task/{lt}/localVariables", "modifications", 403));
			rows.add(row(caller, "POST", "tasklist:/task/{lt}/identity-links", "identity-link", 403));
			rows.add(row(caller, "POST", "tasklist:/process-instance/{instance}/variables", "modifications", 403));
			rows.add(row(caller, "POST", "tasklist:/message", "message", 403));
			rows.add(row(caller, "POST", "tasklist:/signal", "signal", 403));
		}
	}

	private static Arguments row(String caller, String method, String path, int expected) {
		return row(caller, method, path, "default", expected);
	}

	private static Arguments row(String caller, String method, String path, String body, int expected) {
		return Arguments.of(caller, method, path, body, expected);
	}

	/**
	 * A package in the view, a renewal of it in review, and another asking the desks for
	 * their positions.
	 */
	record Fixture(String packageKey, String renewalId, String reviewTask, String asking, String lithuaniasTask,
			String hungarysTask, String instance, String execution) {

		static Fixture prepare(ServiceTestSupport test, ProcessEngine engine) {
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
			String review = test.awaitTask(renewalId, "review");

			LocalDate askingExpiry = expiry.plusMonths(1);
			String asking = packageKey + ":" + askingExpiry;
			test.renewalDue(packageKey, askingExpiry);
			test.awaitRenewal(asking);
			ResponseEntity<String> reviewed = test.exchange("staff", HttpMethod.POST,
					"/engine-rest/task/" + test.awaitTask(asking, "review") + "/complete",
					Map.of("variables",
							Map.of("recommendation", typed("EXTEND"), "proposedNewExpiry",
									typed(askingExpiry.plusYears(1).toString()), "positionDeadline",
									typed(askingExpiry.minusDays(20).toString()))));
			assertThat(reviewed.getStatusCode().value()).as("review: %s", reviewed.getBody()).isEqualTo(204);
			Task lithuania = Awaitility.await()
				.atMost(ServiceTestSupport.WAIT_FOR_FIXTURES)
				.until(() -> positionTask(engine, asking, "LT"), (task) -> task != null);
			Task hungary = positionTask(engine, asking, "HU");
			return new Fixture(packageKey, renewalId, review, asking, lithuania.getId(), hungary.getId(),
					lithuania.getProcessInstanceId(), lithuania.getExecutionId());
		}

		private static Task positionTask(ProcessEngine engine, String renewalId, String state) {
			return engine.getTaskService()
				.createTaskQuery()
				.processInstanceBusinessKey(renewalId)
				.taskDefinitionKey("givePosition")
				.taskCandidateGroup("desk-" + state)
				.singleResult();
		}

		String resolve(String template) {
			return template.replace("{renewal}", this.renewalId)
				.replace("{none}", this.packageKey + ":2031-01-31")
				.replace("{review}", this.reviewTask)
				.replace("{asking}", this.asking)
				.replace("{lt}", this.lithuaniasTask)
				.replace("{hu}", this.hungarysTask)
				.replace("{instance}", this.instance)
				.replace("{execution}", this.execution)
				.replace("{no-task}", NO_TASK);
		}

	}

	/** Tasklist sessions by user, each logged in once per test class. */
	static final class Sessions {

		private final Map<String, TasklistSession> sessions = new ConcurrentHashMap<>();

		TasklistSession of(TestRestTemplate rest, String user) {
			return this.sessions.computeIfAbsent(user, (name) -> name.equals("anonymous")
					? TasklistSession.anonymous(rest) : TasklistSession.login(rest, name, ServiceTestSupport.PASSWORD));
		}

	}

	/**
	 * Sends the row's request and checks the status, and that refusals are problem+json
	 * (Camunda's webapps keep their own answers in Tasklist's API, but for the door's
	 * refusals of a completion).
	 */
	static void check(ServiceTestSupport test, TestRestTemplate rest, Sessions sessions, Fixture fixture, String caller,
			String method, String template, String bodyKind, int expected) throws Exception {
		int number = unique.incrementAndGet();
		String path = fixture.resolve(template);
		if (template.contains("{fresh}")) {
			LocalDate expiry = test.today().plusMonths(4).plusDays(number);
			test.renewalDue(fixture.packageKey(), expiry);
			test.awaitRenewal(fixture.packageKey() + ":" + expiry);
			path = path.replace("{fresh}", fixture.packageKey() + ":" + expiry);
		}
		String state = template.endsWith("?state=HU") ? "HU" : "LT";
		path = path.replace("?state=HU", "");
		boolean tasklist = path.startsWith("tasklist:");
		ResponseEntity<String> response;
		if (tasklist) {
			String body = method.equals("GET") || method.equals("DELETE") ? null
					: JSON.writeValueAsString(body(test, fixture, path, bodyKind, state, number, false));
			response = sessions.of(rest, user(caller))
				.exchange(HttpMethod.valueOf(method), TasklistSession.API + path.substring("tasklist:".length()), body);
		}
		else {
			Object body = method.equals("GET") || method.equals("DELETE") ? null
					: body(test, fixture, path, bodyKind, state, number, true);
			response = test.exchange(user(caller), HttpMethod.valueOf(method), path, body);
		}

		assertThat(response.getStatusCode().value()).as("%s %s %s: %s", caller, method, path, response.getBody())
			.isEqualTo(expected);
		boolean doorsOwnAnswer = !tasklist
				|| (path.matches(".*/(complete|submit-form|resolve|message|signal)$") && expected != 401);
		if (expected >= 400 && doorsOwnAnswer) {
			assertThat(response.getHeaders().getContentType()).as("%s %s %s", caller, method, path)
				.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(response.getBody()).contains("\"status\":" + expected)
				.doesNotContain("Exception")
				.doesNotContainIgnoringCase("select ");
		}
	}

	/**
	 * Health as every caller sees it: the status for everyone, the components only for
	 * admins.
	 */
	static void checkHealthDetails(ServiceTestSupport test) throws Exception {
		for (String caller : CALLERS) {
			ResponseEntity<String> health = test.exchange(user(caller), HttpMethod.GET, "/actuator/health", null);
			JsonNode body = JSON.readTree(health.getBody());
			assertThat(health.getStatusCode().value()).isEqualTo(200);
			assertThat(body.path("status").asText()).isEqualTo("UP");
			assertThat(body.has("components")).as("%s sees the components: %s", caller, body)
				.isEqualTo(caller.equals("admin"));
		}
	}

	/** The demo user, or the token's user, for a kind of caller. */
	static String user(String caller) {
		return caller.equals("desk") ? "desk-LT" : caller;
	}

	private static Object body(ServiceTestSupport test, Fixture fixture, String path, String kind, String state,
			int number, boolean typed) {
		switch (kind) {
			case "position":
				return variables(Map.of("position", "SUPPORT"), typed);
			case "another-state":
				return variables(Map.of("position", "OPPOSE", "state", "HU", "positionDeadline", "2099-12-31"), typed);
			case "no-variables":
				return Map.of();
			case "value":
				return typed("HU");
			case "modifications":
				return Map.of("modifications", Map.of("state", typed("HU")));
			case "identity-link":
				return Map.of("groupId", "desk-HU", "type", "candidate");
			case "own-identity-link":
				return Map.of("groupId", "desk-LT", "type", "candidate");
			case "user":
				return Map.of("userId", "desk-LT");
			case "task":
				return Map.of("name", "Position of HU");
			case "modification":
				return Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "givePosition")));
			case "message":
				return Map.of("messageName", "RenewalWithdrawal", "businessKey", fixture.asking(), "processVariables",
						Map.of("withdrawalReason", typed("desk"), "withdrawnBy", typed("desk-LT")));
			case "signal":
				return Map.of("name", "RenewalWithdrawal");
			case "user-profile":
				return Map.of("profile", Map.of("id", "intruder-" + number, "firstName", "I", "lastName", "N"),
						"credentials", Map.of("password", "intruder-password-" + number));
			case "authorization":
				return Map.of("type", 1, "permissions", List.of("ALL"), "userId", "desk-LT", "resourceType", 7,
						"resourceId", "*");
			default:
				return defaultBody(test, fixture, path, state, number);
		}
	}

	private static Object defaultBody(ServiceTestSupport test, Fixture fixture, String path, String state, int number) {
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
		if (path.contains("/setup/")) {
			return Map.of("profile", Map.of("id", "intruder-" + number, "firstName", "I", "lastName", "N"),
					"credentials", Map.of("password", "intruder-password-" + number));
		}
		return Map.of();
	}

	private static Map<String, Object> variables(Map<String, Object> values, boolean typed) {
		if (!typed) {
			return Map.of("variables", TasklistSession.untyped(values));
		}
		Map<String, Object> variables = new HashMap<>();
		values.forEach((name, value) -> variables.put(name, typed(value)));
		return Map.of("variables", variables);
	}

	private static Map<String, Object> typed(Object value) {
		return Map.of("value", value, "type", "String");
	}

}
