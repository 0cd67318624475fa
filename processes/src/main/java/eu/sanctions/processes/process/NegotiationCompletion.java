package eu.sanctions.processes.process;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import eu.sanctions.processes.renewal.Brussels;
import eu.sanctions.processes.renewal.NegotiationInput;

import static eu.sanctions.processes.process.RenewalProcess.Variables.AMENDMENTS;
import static eu.sanctions.processes.process.RenewalProcess.Variables.LAPSE_JUSTIFICATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.NEGOTIATION_DECISION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.POSITION_DEADLINE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.STATES_TO_ASK;

/** Refuses a negotiation outcome that breaks the rules. */
class NegotiationCompletion implements TaskListener {

	private final Clock clock;

	NegotiationCompletion(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		RenewalVariables variables = RenewalVariables.of(task);
		NegotiationInput input = new NegotiationInput(variables.text(NEGOTIATION_DECISION), variables.text(AMENDMENTS),
				variables.text(POSITION_DEADLINE), variables.text(STATES_TO_ASK), variables.text(LAPSE_JUSTIFICATION));
		RejectedTaskInput.refuseIfAny(task, input.problems(variables.expiry(), Brussels.today(this.clock)));
	}

}
