package eu.sanctions.processes.process;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.renewal.RenewalLapsed;
import eu.sanctions.events.renewal.VetoRiskAssessed;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BPMN and the Java agree: the names renewal-service uses are the model's, and every
 * bean the model names exists (and every bean is used).
 */
class ModelWiringTest {

	private static final Pattern BEAN = Pattern.compile("\\$\\{([a-zA-Z]+)[.}]");

	private static BpmnModelInstance model;

	@BeforeAll
	static void readModel() throws Exception {
		try (InputStream in = ModelWiringTest.class.getClassLoader().getResourceAsStream(RenewalEngine.BPMN)) {
			model = Bpmn.readModelFromStream(in);
		}
	}

	@Test
	void isTheExecutableRenewalProcessWithAHistoryTimeToLive() {
		Process process = model.getModelElementById(RenewalProcess.ID);

		assertThat(process.isExecutable()).isTrue();
		assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo(RenewalEngineSettings.HISTORY_TIME_TO_LIVE);
	}

	@Test
	void namesOnlyBeansTheComponentsProvideAndUsesThemAll() {
		Set<String> named = new TreeSet<>();
		Matcher matcher = BEAN.matcher(new String(Bpmn.convertToString(model)));
		while (matcher.find()) {
			named.add(matcher.group(1));
		}
		named.removeAll(Set.of("state", "reminderAt", "positionsCloseAt", "lapsesAt", "registryConfirmationTimeout",
				"nrOfCompletedInstances", "recommendation", "roundAnswered", "riskLevel", "negotiationDecision",
				"execution", "refusalDecision", "overdueDecision"));

		assertThat(named).isEqualTo(new TreeSet<>(RenewalProcessComponents.of((event) -> {
		}).beans().keySet()));
	}

	@Test
	void hasTheUserTasksRenewalServiceKnows() {
		Collection<UserTask> tasks = model.getModelElementsByType(UserTask.class);

		assertThat(tasks).extracting(UserTask::getId)
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(RenewalTask.values()).map(RenewalTask::key).toList());
		for (UserTask task : tasks) {
			RenewalTask known = Arrays.stream(RenewalTask.values())
				.filter((candidate) -> candidate.key().equals(task.getId()))
				.findFirst()
				.orElseThrow();
			assertThat(task.getCamundaFormRef()).isEqualTo(known.form());
			assertThat(task.getCamundaFormRefBinding()).as("a running renewal keeps the forms it started with")
				.isEqualTo("deployment");
			assertThat(task.getCamundaCandidateGroups())
				.isEqualTo((known == RenewalTask.GIVE_POSITION) ? "desk-${state}" : RenewalProcess.STAFF_GROUP);
		}
	}

	@Test
	void correlatesTheMessagesRenewalServiceSends() {
		assertThat(model.getModelElementsByType(Message.class)).extracting(Message::getName)
			.containsExactlyInAnyOrder(RenewalProcess.Messages.PRESSURE_SIGNAL, RenewalProcess.Messages.WITHDRAWAL,
					RenewalProcess.Messages.MEASURES_EXTENDED, RenewalProcess.Messages.REGISTRY_UPDATE_REJECTED);
	}

	@Test
	void assessesTheVetoRiskWithTheDecisionAndNamesWhatTriggeredIt() {
		Set<String> triggers = model.getModelElementsByType(BusinessRuleTask.class).stream().map((task) -> {
			assertThat(task.getCamundaDecisionRef()).isEqualTo(VetoRiskDecision.KEY);
			assertThat(task.getExtensionElements().getChildElementsByType(CamundaInputOutput.class))
				.as("no input variable written on each run of %s", task.getId())
				.isEmpty();
			return property(task, RenewalProcess.Variables.TRIGGER);
		}).collect(Collectors.toCollection(TreeSet::new));

		assertThat(triggers).isEqualTo(Arrays.stream(VetoRiskAssessed.Trigger.values())
			.map(Enum::name)
			.collect(Collectors.toCollection(TreeSet::new)));
	}

	@Test
	void publishesEveryReasonOfALapse() {
		Set<String> reasons = model.getModelElementsByType(ServiceTask.class)
			.stream()
			.filter((task) -> "${lapsePublication}".equals(task.getCamundaDelegateExpression()))
			.map((task) -> input(task, RenewalProcess.Variables.LAPSE_REASON))
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(reasons).isEqualTo(Arrays.stream(RenewalLapsed.Reason.values())
			.map(Enum::name)
			.collect(Collectors.toCollection(TreeSet::new)));
	}

	private static String property(BaseElement element, String name) {
		return element.getExtensionElements()
			.getChildElementsByType(CamundaProperties.class)
			.stream()
			.flatMap((properties) -> properties.getCamundaProperties().stream())
			.filter((property) -> property.getCamundaName().equals(name))
			.map(CamundaProperty::getCamundaValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No property " + name + " on " + element.getId()));
	}

	private static String input(BaseElement element, String name) {
		return element.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaInputOutput.class)
			.singleResult()
			.getCamundaInputParameters()
			.stream()
			.filter((parameter) -> parameter.getCamundaName().equals(name))
			.map(CamundaInputParameter::getTextContent)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No input parameter " + name + " on " + element.getId()));
	}

}
