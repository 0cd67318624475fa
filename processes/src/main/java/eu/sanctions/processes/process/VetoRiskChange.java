package eu.sanctions.processes.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import eu.sanctions.events.RiskLevel;
import eu.sanctions.events.renewal.VetoRiskAssessed;
import eu.sanctions.processes.renewal.Unanimity;
import eu.sanctions.processes.renewal.VetoRisk;

import static eu.sanctions.processes.process.RenewalProcess.Variables.RISK_LEVEL;
import static eu.sanctions.processes.process.RenewalProcess.Variables.TRIGGER;

/**
 * After a veto-risk assessment: when the level changed, remembers it and publishes
 * {@code veto-risk-assessed} with the states and reasons behind it. An unchanged level
 * publishes and writes nothing.
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
				VetoRiskAssessed.Trigger.valueOf(variables.required(TRIGGER))));
	}

}
