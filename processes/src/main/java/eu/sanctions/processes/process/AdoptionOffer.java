package eu.sanctions.processes.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import static eu.sanctions.processes.process.RenewalProcess.Variables.ADOPTION_OFFERED;

/**
 * When the adoption task opens: remembers that staff have been offered to record the
 * adoption in this round, so that later answers and the deadline do not offer it twice.
 */
class AdoptionOffer implements ExecutionListener {

	@Override
	public void notify(DelegateExecution execution) {
		execution.setVariable(ADOPTION_OFFERED, true);
	}

}
