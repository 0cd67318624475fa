package eu.sanctions.renewal.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.sanctions.processes.process.RenewalTask;

/**
 * The variables each user task of the renewal takes: the keys of its Camunda Form's
 * fields, read from the same form files the engine deploys and Tasklist renders, so that
 * the form stays the one list of what a task's completion may set.
 */
final class TaskForms {

	/** Where the processes module keeps the forms, each named by its id. */
	private static final String FORMS = "renewal/forms/";

	private final Map<String, Set<String>> fieldsByTaskKey;

	private TaskForms(Map<String, Set<String>> fieldsByTaskKey) {
		this.fieldsByTaskKey = Map.copyOf(fieldsByTaskKey);
	}

	/** Reads the form of every {@link RenewalTask}; fails if one is missing. */
	static TaskForms read(ObjectMapper json) {
		Map<String, Set<String>> fields = new HashMap<>();
		ClassLoader loader = TaskForms.class.getClassLoader();
		for (RenewalTask task : RenewalTask.values()) {
			String resource = FORMS + task.form() + ".form";
			try (InputStream form = loader.getResourceAsStream(resource)) {
				if (form == null) {
					throw new IllegalStateException("No form " + resource + " for the task " + task.key());
				}
				Set<String> keys = new TreeSet<>();
				collectKeys(json.readTree(form), keys);
				fields.put(task.key(), Set.copyOf(keys));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the form " + resource, ex);
			}
		}
		return new TaskForms(fields);
	}

	/**
	 * The fields of the form of the task with this definition key; none for a task that
	 * has no form of the renewal.
	 */
	Set<String> fieldsOf(String taskDefinitionKey) {
		return this.fieldsByTaskKey.getOrDefault(taskDefinitionKey, Set.of());
	}

	/** Fields may sit in groups: every component with a key, at any depth. */
	private static void collectKeys(JsonNode component, Set<String> keys) {
		for (JsonNode child : component.path("components")) {
			if (child.hasNonNull("key")) {
				keys.add(child.get("key").asText());
			}
			collectKeys(child, keys);
		}
	}

}
