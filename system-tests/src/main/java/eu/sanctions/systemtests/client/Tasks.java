package eu.sanctions.systemtests.client;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The staff's and desks' user tasks through Camunda's engine REST API: what Tasklist does
 * when a user opens a task and completes its form.
 */
public final class Tasks {

	private final Http http;

	private final URI base;

	public Tasks(Http http, Endpoints endpoints) {
		this.http = http;
		this.base = endpoints.renewal();
	}

	/** The user's open task of that kind in that renewal, if the user may see one. */
	public Optional<String> find(String user, String renewalId, String taskKey) {
		JsonNode tasks = this.http
			.get(user,
					Endpoints
						.resolve(this.base,
								"/engine-rest/task?processInstanceBusinessKey=" + Renewals.encode(renewalId)
										+ "&taskDefinitionKey=" + taskKey))
			.expect(200)
			.json();
		return tasks.isArray() && !tasks.isEmpty() ? Optional.of(tasks.get(0).path("id").asText()) : Optional.empty();
	}

	public String await(String user, String renewalId, String taskKey, Duration atMost) {
		return Poll.until("task " + taskKey + " of " + renewalId + " for " + user, atMost,
				() -> find(user, renewalId, taskKey));
	}

	/** Completes a task with string variables, as a submitted form does. */
	public Http.Response complete(String user, String taskId, Map<String, String> variables) {
		Map<String, Object> typed = new LinkedHashMap<>();
		variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", "String")));
		return this.http.post(user, Endpoints.resolve(this.base, "/engine-rest/task/" + taskId + "/complete"),
				Map.of("variables", typed));
	}

	/**
	 * The renewal's process instance as the engine's history keeps it (its {@code id} and
	 * {@code processDefinitionId}), running or ended, if the user may read it.
	 */
	public Optional<JsonNode> processInstance(String user, String renewalId) {
		JsonNode instances = this.http
			.get(user, Endpoints.resolve(this.base,
					"/engine-rest/history/process-instance?processInstanceBusinessKey=" + Renewals.encode(renewalId)))
			.expect(200)
			.json();
		return instances.isArray() && !instances.isEmpty() ? Optional.of(instances.get(0)) : Optional.empty();
	}

	/** Waits for the task, then completes it; fails if the engine refuses. */
	public void completeWhenReady(String user, String renewalId, String taskKey, Map<String, String> variables,
			Duration atMost) {
		String task = await(user, renewalId, taskKey, atMost);
		complete(user, task, variables).expect(204);
	}

}
