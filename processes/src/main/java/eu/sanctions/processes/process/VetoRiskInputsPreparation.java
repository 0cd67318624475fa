package eu.sanctions.processes.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;

import eu.sanctions.processes.renewal.Unanimity;
import eu.sanctions.processes.renewal.VetoRiskInputs;

/**
 * Before a veto-risk assessment: gives the decision its inputs, local to the assessment
 * so that assessments running at once do not write the same variables, and transient: the
 * decision reads them in the same transaction, and the position book they come from is
 * already kept. Persisted, they cost six variable rows and their history on every
 * position (BENCHMARKS.md).
 */
class VetoRiskInputsPreparation implements ExecutionListener {

	private final Unanimity unanimity;

	VetoRiskInputsPreparation(Unanimity unanimity) {
		this.unanimity = unanimity;
	}

	@Override
	public void notify(DelegateExecution execution) {
		RenewalVariables.Situation situation = RenewalVariables.of(execution).situation(this.unanimity);
		VetoRiskDecision.variables(VetoRiskInputs.of(situation.book(), situation.verdict(), situation.pressure()))
			.forEach((name, value) -> execution.setVariableLocal(name, Variables.untypedValue(value, true)));
	}

}
