package eu.sanctions.processes.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import eu.sanctions.events.RiskLevel;
import eu.sanctions.events.renewal.VetoRiskAssessed;
import eu.sanctions.processes.renewal.Unanimity;
import eu.sanctions.processes.renewal.VetoRisk;

import static eu.sanctions.processes.process.RenewalProcess.Variables.RISK_LEVEL;
import static eu.sanctions.processes.process.RenewalProcess.Variables.TRIGGER;

/**
 * After a veto-risk assessment: when the level changed, remembers it and publishes
 * {@code veto-risk-assessed} with the states and reasons behind it. An unchanged level
 * publishes and writes nothing. What made the assessment run is a property of its task in
 * the model ({@code <camunda:property name="trigger">}), not a variable: an input
 * variable was a variable row created and removed, with its history, on every assessment,
 * that is after every position (BENCHMARKS.md).
 */
class VetoRiskChange implements ExecutionListener {

	private final RenewalEvents events;

	private final Unanimity unanimity;

	VetoRiskChange(RenewalEvents events, Unanimity unanimity) {
		this.events = events;
		this.unanimity = unanimity;
	}

	@Override
	public void notify(DelegateExecution execution) {
		RenewalVariables variables = RenewalVariables.of(execution);
		VetoRiskDecision.Outcome outcome = VetoRiskDecision.Outcome.of(execution);
		RiskLevel previous = variables.riskLevel();
		if (outcome.level() == previous) {
			return;
		}
		RenewalVariables.Situation situation = variables.situation(this.unanimity);
		VetoRisk risk = VetoRisk.explain(outcome.level(), outcome.rule(), situation.book(), situation.verdict(),
				situation.pressure());
		execution.setVariable(RISK_LEVEL, risk.level().name());
		this.events.publish(new VetoRiskAssessed(variables.id(), variables.packageKey(), situation.book().round(),
				risk.level(), previous, RenewalVariables.list(risk.blockingStates()),
				RenewalVariables.list(risk.wavering()), risk.reasons(), situation.book().counts(),
				situation.verdict().abstentionsBlock(), situation.pressure().strongest(),
				VetoRiskAssessed.Trigger.valueOf(trigger(execution, variables))));
	}

	/**
	 * The assessment's trigger property; for a renewal started on a model deployed before
	 * the property, the input variable that model declares.
	 */
	private static String trigger(DelegateExecution execution, RenewalVariables variables) {
		FlowElement task = execution.getBpmnModelElementInstance();
		ExtensionElements extensions = (task != null) ? task.getExtensionElements() : null;
		if (extensions != null) {
			for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
				for (CamundaProperty property : properties.getCamundaProperties()) {
					if (TRIGGER.equals(property.getCamundaName())) {
						return property.getCamundaValue();
					}
				}
			}
		}
		return variables.required(TRIGGER);
	}

}
