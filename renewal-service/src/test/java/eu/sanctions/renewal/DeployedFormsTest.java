package eu.sanctions.renewal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import eu.sanctions.processes.process.RenewalProcess;
import eu.sanctions.processes.process.RenewalTask;

import static eu.sanctions.processes.process.RenewalProcess.Variables.EXPIRY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.LAPSES_AT;
import static eu.sanctions.processes.process.RenewalProcess.Variables.PACKAGE_KEY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.POSITIONS_CLOSE_AT;
import static eu.sanctions.processes.process.RenewalProcess.Variables.POSITION_DEADLINE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.REGISTRY_CONFIRMATION_TIMEOUT;
import static eu.sanctions.processes.process.RenewalProcess.Variables.REMINDER_AT;
import static eu.sanctions.processes.process.RenewalProcess.Variables.STATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camunda Forms are deployed with the renewal's model, as the service deploys them
 * ({@code deployment-resource-pattern}), and each user task finds its form in the
 * deployment of its own process definition, as Tasklist loads it.
 */
class DeployedFormsTest extends EmbeddedServiceTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void deploysEveryFormWithTheRenewalsModel() {
		ProcessDefinition definition = latestRenewalDefinition();

		List<String> resources = this.engine.getRepositoryService()
			.getDeploymentResourceNames(definition.getDeploymentId());

		assertThat(resources).map((name) -> name.substring(name.lastIndexOf('/') + 1))
			.containsAll(Arrays.stream(RenewalTask.values()).map((task) -> task.form() + ".form").toList());
		assertThat(
				((SpringProcessEngineConfiguration) this.engine.getProcessEngineConfiguration()).isDeployChangedOnly())
			.as("a changed model is deployed again with its forms, or its tasks would find none")
			.isFalse();
	}

	@ParameterizedTest
	@EnumSource(RenewalTask.class)
	void resolvesTheFormOfEachUserTask(RenewalTask renewalTask) throws IOException {
		String instance = startedBefore(renewalTask);
		try {
			Task task = this.engine.getTaskService()
				.createTaskQuery()
				.processInstanceId(instance)
				.taskDefinitionKey(renewalTask.key())
				.singleResult();

			CamundaFormRef formRef = this.engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef();
			assertThat(formRef.getKey()).isEqualTo(renewalTask.form());
			assertThat(formRef.getBinding()).isEqualTo("deployment");
			try (InputStream deployed = this.engine.getFormService().getDeployedTaskForm(task.getId())) {
				JsonNode form = JSON.readTree(deployed);
				assertThat(form.path("id").asText()).isEqualTo(renewalTask.form());
				assertThat(form.path("components").findValuesAsText("key"))
					.containsExactlyInAnyOrderElementsOf(renewalTask.formFields());
			}
		}
		finally {
			this.engine.getRuntimeService().deleteProcessInstance(instance, "test over", true, true);
		}
	}

	private ProcessDefinition latestRenewalDefinition() {
		return this.engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(RenewalProcess.ID)
			.latestVersion()
			.singleResult();
	}

	/** A renewal far in the future, started right before the task: no timer falls due. */
	private String startedBefore(RenewalTask task) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(PACKAGE_KEY, newPackageKey());
		variables.put(EXPIRY, "2099-02-28");
		variables.put(LAPSES_AT, "2099-03-01T00:00:00+01:00");
		variables.put(POSITION_DEADLINE, "2099-02-14");
		variables.put(REMINDER_AT, "2099-02-11T09:00:00+01:00");
		variables.put(POSITIONS_CLOSE_AT, "2099-02-15T00:00:00+01:00");
		variables.put(REGISTRY_CONFIRMATION_TIMEOUT, "P3D");
		variables.put(STATE, "LT");
		return this.engine.getRuntimeService()
			.createProcessInstanceById(latestRenewalDefinition().getId())
			.businessKey(variables.get(PACKAGE_KEY) + ":2099-02-28")
			.setVariables(variables)
			.startBeforeActivity(task.key())
			.execute()
			.getId();
	}

}
