package eu.sanctions.processes.process;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.RiskLevel;
import eu.sanctions.events.renewal.VetoRiskAssessed;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renewals started on a model deployed before a change of the model go on with today's
 * code: in earlier models each veto-risk assessment named its trigger in an input
 * variable, not a property.
 */
class EarlierModelTest {

	static final RecordingRenewalEvents events = new RecordingRenewalEvents();

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.useProcessEngine(RenewalEngine.plain(events).buildProcessEngine())
		.build();

	@AfterEach
	void resetClockAndEvents() {
		events.clear();
		ClockUtil.reset();
	}

	@Test
	void namesTheTriggerOfAnAssessmentThatDeclaresItAsAnInputVariable() {
		Deployment earlier = deployWithTriggersAsInputVariables();
		try {
			RenewalDriver renewal = new RenewalDriver(engine());
			renewal.start();
			renewal.reviewExtendingAsIs();
			renewal.answerThroughKafka(MemberState.HU, Position.OPPOSE, "desk-system-HU");

			List<VetoRiskAssessed> assessed = events.published(VetoRiskAssessed.class);
			assertThat(assessed).extracting(VetoRiskAssessed::trigger)
				.containsExactly(VetoRiskAssessed.Trigger.POSITIONS_REQUESTED, VetoRiskAssessed.Trigger.POSITION);
			assertThat(assessed).last().extracting(VetoRiskAssessed::level).isEqualTo(RiskLevel.BLOCKED);
		}
		finally {
			engine().getRepositoryService().deleteDeployment(earlier.getId(), true);
		}
	}

	/** The model as deployed before: each assessment's trigger an input parameter. */
	private static Deployment deployWithTriggersAsInputVariables() {
		BpmnModelInstance model = Bpmn
			.readModelFromStream(EarlierModelTest.class.getClassLoader().getResourceAsStream(RenewalEngine.BPMN));
		for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
			CamundaProperties properties = task.getExtensionElements()
				.getChildElementsByType(CamundaProperties.class)
				.iterator()
				.next();
			CamundaProperty trigger = properties.getCamundaProperties().iterator().next();
			CamundaInputOutput inputOutput = model.newInstance(CamundaInputOutput.class);
			CamundaInputParameter parameter = model.newInstance(CamundaInputParameter.class);
			parameter.setCamundaName(RenewalProcess.Variables.TRIGGER);
			parameter.setTextContent(trigger.getCamundaValue());
			inputOutput.getCamundaInputParameters().add(parameter);
			task.getExtensionElements().removeChildElement(properties);
			task.getExtensionElements().addChildElement(inputOutput);
		}
		return engine().getRepositoryService()
			.createDeployment()
			.addModelInstance("sanctions-renewal.bpmn", model)
			.addClasspathResource(RenewalEngine.DMN)
			.deploy();
	}

	private static ProcessEngine engine() {
		return extension.getProcessEngine();
	}

}
