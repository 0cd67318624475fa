package eu.sanctions.processes.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static eu.sanctions.processes.process.RenewalProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user task's Camunda Form is deployed with the process and resolves from the task,
 * as Tasklist loads it, from the deployment the renewal started with; its fields are
 * exactly the variables the task's completion listener checks; it uses only what the
 * form-js of Camunda 7.24's Tasklist renders.
 */
@Deployment(
		resources = { RenewalEngine.BPMN, RenewalEngine.DMN, "renewal/forms/review.form", "renewal/forms/position.form",
				"renewal/forms/negotiation.form", "renewal/forms/adoption.form", "renewal/forms/registry-refusal.form",
				"renewal/forms/registry-overdue.form", "renewal/forms/adoption-at-expiry.form" })
class FormsTest {

	/** The form schema version of the form-js bundled in Camunda 7.24's webapps. */
	static final int TASKLIST_SCHEMA_VERSION = 16;

	/**
	 * Components Tasklist submits as strings, booleans or numbers. Checklists, tag lists
	 * and dynamic lists submit JSON, which the engine stores only with Spin.
	 */
	static final Set<String> SUPPORTED_TYPES = Set.of("text", "textfield", "textarea", "radio", "select", "datetime",
			"checkbox", "number", "group", "spacer", "separator");

	static final ObjectMapper JSON = new ObjectMapper();

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.useProcessEngine(RenewalEngine.plain(new RecordingRenewalEvents()).buildProcessEngine())
		.build();

	@ParameterizedTest
	@EnumSource(RenewalTask.class)
	void resolvesTheFormOfEachUserTaskFromTheDeployment(RenewalTask renewalTask) throws IOException {
		ProcessEngine engine = extension.getProcessEngine();
		Task task = taskWaitingAt(engine, renewalTask);

		CamundaFormRef formRef = engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef();
		assertThat(formRef.getKey()).isEqualTo(renewalTask.form());
		assertThat(formRef.getBinding()).isEqualTo("deployment");
		try (InputStream deployed = engine.getFormService().getDeployedTaskForm(task.getId())) {
			JsonNode form = JSON.readTree(deployed);
			assertThat(form.path("id").asText()).isEqualTo(renewalTask.form());
			assertThat(fieldKeys(form)).isEqualTo(new TreeSet<>(renewalTask.formFields()));
		}
	}

	@Test
	void keepsTheFormsARenewalStartedWithWhenNewerOnesAreDeployed() throws IOException {
		ProcessEngine engine = extension.getProcessEngine();
		Task task = taskWaitingAt(engine, RenewalTask.RECORD_ADOPTION);
		String newer = """
				{"id": "adoption", "type": "default", "schemaVersion": 16, "components": [
				  {"type": "textfield", "key": "councilMeeting", "label": "Council meeting", "id": "Field_1"}]}""";
		String deployment = engine.getRepositoryService()
			.createDeployment()
			.addString("renewal/forms/adoption.form", newer)
			.deploy()
			.getId();
		try (InputStream deployed = engine.getFormService().getDeployedTaskForm(task.getId())) {
			assertThat(fieldKeys(JSON.readTree(deployed)))
				.isEqualTo(new TreeSet<>(RenewalTask.RECORD_ADOPTION.formFields()));
		}
		finally {
			engine.getRepositoryService().deleteDeployment(deployment, true);
		}
	}

	@ParameterizedTest
	@EnumSource(RenewalTask.class)
	void usesOnlyWhatTasklistRenders(RenewalTask renewalTask) throws IOException {
		JsonNode form = form(renewalTask);

		assertThat(form.path("type").asText()).isEqualTo("default");
		assertThat(form.path("schemaVersion").asInt()).isLessThanOrEqualTo(TASKLIST_SCHEMA_VERSION);
		form.path("components").forEach((component) -> {
			assertThat(component.path("type").asText()).isIn(SUPPORTED_TYPES);
			assertThat(component.path("id").asText()).isNotBlank();
		});
	}

	@Test
	void validatesTheRequiredFieldsInTheBrowserToo() throws IOException {
		assertThat(required(form(RenewalTask.REVIEW))).contains(RECOMMENDATION, PROPOSED_NEW_EXPIRY, POSITION_DEADLINE,
				LET_LAPSE_JUSTIFICATION);
		assertThat(required(form(RenewalTask.GIVE_POSITION))).contains(POSITION, CONDITIONS, DECLARATION);
		assertThat(required(form(RenewalTask.NEGOTIATE))).contains(NEGOTIATION_DECISION, STATES_TO_ASK,
				POSITION_DEADLINE, LAPSE_JUSTIFICATION);
		assertThat(required(form(RenewalTask.RECORD_ADOPTION))).contains(ACT_REFERENCE, ADOPTION_DATE);
		assertThat(required(form(RenewalTask.CONFIRM_ADOPTION_AT_EXPIRY))).contains(ADOPTED_BY_EXPIRY, ACT_REFERENCE,
				ADOPTION_DATE);
		assertThat(disallowingPassedDates(form(RenewalTask.REVIEW))).contains(PROPOSED_NEW_EXPIRY, POSITION_DEADLINE);
		assertThat(disallowingPassedDates(form(RenewalTask.NEGOTIATE))).contains(POSITION_DEADLINE);
	}

	@Test
	void asksForWhatTheChosenAnswerRequiresInAFieldShownForItAlone() throws IOException {
		assertThat(hiddenWhen(form(RenewalTask.GIVE_POSITION), DECLARATION))
			.isEqualTo("=position != \"CONSTRUCTIVE_ABSTENTION\"");
		assertThat(hiddenWhen(form(RenewalTask.GIVE_POSITION), JUSTIFICATION))
			.isEqualTo("=position = \"CONSTRUCTIVE_ABSTENTION\"");
		assertThat(hiddenWhen(form(RenewalTask.REVIEW), LET_LAPSE_JUSTIFICATION))
			.isEqualTo("=recommendation != \"LET_LAPSE\"");
		assertThat(hiddenWhen(form(RenewalTask.REVIEW), REVIEW_JUSTIFICATION))
			.isEqualTo("=recommendation = \"LET_LAPSE\"");
	}

	private static Task taskWaitingAt(ProcessEngine engine, RenewalTask task) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(PACKAGE_KEY, RenewalDriver.PACKAGE);
		variables.put(EXPIRY, RenewalDriver.EXPIRY_DATE.toString());
		variables.put(LAPSES_AT, "2027-03-01T00:00:00+01:00");
		variables.put(POSITION_DEADLINE, RenewalDriver.DEADLINE.toString());
		variables.put(REMINDER_AT, "2027-02-11T09:00:00+01:00");
		variables.put(POSITIONS_CLOSE_AT, "2027-02-15T00:00:00+01:00");
		variables.put(REGISTRY_CONFIRMATION_TIMEOUT, "P3D");
		variables.put(STATE, "LT");
		String instance = engine.getRuntimeService()
			.createProcessInstanceByKey(RenewalProcess.ID)
			.businessKey(RenewalDriver.RENEWAL_ID)
			.setVariables(variables)
			.startBeforeActivity(task.key())
			.execute()
			.getId();
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance)
			.taskDefinitionKey(task.key())
			.singleResult();
	}

	static JsonNode form(RenewalTask task) throws IOException {
		try (InputStream in = FormsTest.class.getClassLoader()
			.getResourceAsStream("renewal/forms/" + task.form() + ".form")) {
			return JSON.readTree(in);
		}
	}

	static Set<String> fieldKeys(JsonNode form) {
		Set<String> keys = new TreeSet<>();
		form.path("components").forEach((component) -> {
			if (component.hasNonNull("key")) {
				keys.add(component.get("key").asText());
			}
		});
		return keys;
	}

	private static Set<String> required(JsonNode form) {
		Set<String> keys = new TreeSet<>();
		form.path("components").forEach((component) -> {
			if (component.path("validate").path("required").asBoolean()) {
				keys.add(component.path("key").asText());
			}
		});
		return keys;
	}

	private static String hiddenWhen(JsonNode form, String key) {
		for (JsonNode component : form.path("components")) {
			if (key.equals(component.path("key").asText())) {
				return component.path("conditional").path("hide").asText();
			}
		}
		throw new AssertionError("No field " + key);
	}

	private static Set<String> disallowingPassedDates(JsonNode form) {
		Set<String> keys = new TreeSet<>();
		form.path("components").forEach((component) -> {
			if (component.path("disallowPassedDates").asBoolean()) {
				keys.add(component.path("key").asText());
			}
		});
		return keys;
	}

}
