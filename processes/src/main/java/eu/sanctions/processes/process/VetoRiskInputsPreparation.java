package eu.sanctions.processes.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import eu.sanctions.processes.renewal.Unanimity;
import eu.sanctions.processes.renewal.VetoRiskInputs;

/**
 * Before a veto-risk assessment: gives the decision its inputs, local to the assessment
 * so that assessments running at once do not write the same variables.
 */
class VetoRiskInputsPreparation implements ExecutionListener {

	private final Unanimity unanimity;

	VetoRiskInputsPreparation(Unanimity unanimity) {
		this.unanimity = unanimity;
	}

	@Override
	public void notify(DelegateExecution execution) {
		RenewalVariables.Situation situation = RenewalVariables.of(execution).situation(this.unanimity);
		execution.setVariablesLocal(VetoRiskDecision
			.variables(VetoRiskInputs.of(situation.book(), situation.verdict(), situation.pressure())));
	}

}
