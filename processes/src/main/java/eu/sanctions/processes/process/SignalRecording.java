package eu.sanctions.processes.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.SignalSeverity;
import eu.sanctions.events.renewal.SignalRecorded;
import eu.sanctions.processes.renewal.SignalPressure;
import eu.sanctions.processes.renewal.StateCodes;

import static eu.sanctions.processes.process.RenewalProcess.Variables.PRESSURED_STATES;
import static eu.sanctions.processes.process.RenewalProcess.Variables.SIGNAL_ID;
import static eu.sanctions.processes.process.RenewalProcess.Variables.SIGNAL_KIND;
import static eu.sanctions.processes.process.RenewalProcess.Variables.SIGNAL_OBSERVED_AT;
import static eu.sanctions.processes.process.RenewalProcess.Variables.SIGNAL_SEVERITY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.SIGNAL_STATES;
import static eu.sanctions.processes.process.RenewalProcess.Variables.SIGNAL_SUMMARY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.STRONGEST_PRESSURE;

/**
 * Records a pressure signal on the running renewal: remembers the strongest signal and
 * the states named (written only when they change), and publishes
 * {@code signal-recorded}.
 */
class SignalRecording implements JavaDelegate {

	private final RenewalEvents events;

	SignalRecording(RenewalEvents events) {
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RenewalVariables variables = RenewalVariables.of(execution);
		SignalSeverity severity = SignalSeverity.valueOf(variables.required(SIGNAL_SEVERITY));
		Set<MemberState> states = StateCodes.parse(variables.text(SIGNAL_STATES));
		SignalPressure before = variables.pressure();
		SignalPressure after = before.with(severity, states);
		if (!after.equals(before)) {
			execution.setVariable(STRONGEST_PRESSURE, after.strongest().name());
			execution.setVariable(PRESSURED_STATES, StateCodes.format(after.statesConcerned()));
		}
		this.events.publish(new SignalRecorded(variables.id(), variables.packageKey(), variables.required(SIGNAL_ID),
				variables.required(SIGNAL_KIND), variables.required(SIGNAL_SUMMARY), severity,
				RenewalVariables.list(states), variables.instant(SIGNAL_OBSERVED_AT)));
	}

}
