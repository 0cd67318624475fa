package eu.sanctions.renewal.process;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.SignalSeverity;
import eu.sanctions.processes.process.RenewalProcess.Messages;
import eu.sanctions.processes.process.RenewalProcess.Variables;
import eu.sanctions.processes.renewal.Brussels;
import eu.sanctions.processes.renewal.StateCodes;

/**
 * Hands the outside world's news to the renewals that wait for it: the registry's
 * answers, pressure signals, a withdrawal. A message that finds nobody waiting (a late
 * duplicate, a renewal already over) is not an error; the caller is told and decides. All
 * in the caller's transaction.
 */
@Component
public class CorrelatingMessages {

	private static final Logger log = LoggerFactory.getLogger(CorrelatingMessages.class);

	private final RuntimeService runtime;

	private final RenewalInstances instances;

	CorrelatingMessages(RuntimeService runtime, RenewalInstances instances) {
		this.runtime = runtime;
		this.instances = instances;
	}

	/**
	 * The registry applied the extension. @return whether the renewal was waiting for it
	 */
	public boolean measuresExtended(String renewalId) {
		return !this.runtime.createMessageCorrelation(Messages.MEASURES_EXTENDED)
			.processInstanceBusinessKey(renewalId)
			.correlateAllWithResult()
			.isEmpty();
	}

	/**
	 * The registry refused the extension. @return whether the renewal was waiting for it
	 */
	public boolean registryRefused(String renewalId, String reason, String detail, String rejectedEventId) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(Variables.REGISTRY_REJECTION_REASON, reason);
		variables.put(Variables.REGISTRY_REJECTION_DETAIL, detail);
		variables.put(Variables.REJECTED_EVENT_ID, rejectedEventId);
		return !this.runtime.createMessageCorrelation(Messages.REGISTRY_UPDATE_REJECTED)
			.processInstanceBusinessKey(renewalId)
			.setVariables(variables)
			.correlateAllWithResult()
			.isEmpty();
	}

	/**
	 * A pressure signal on a package, for each of its running renewals that is still
	 * undecided: once its adoption is recorded, a renewal no longer takes signals (the
	 * process no longer waits for them).
	 * @return the renewals that took it
	 */
	public List<String> signal(String packageKey, PressureSignal signal) {
		List<String> took = new ArrayList<>();
		for (String renewalId : this.instances.runningOf(packageKey)) {
			boolean taken = !this.runtime.createMessageCorrelation(Messages.PRESSURE_SIGNAL)
				.processInstanceBusinessKey(renewalId)
				.setVariablesLocal(signal.variables())
				.correlateAllWithResult()
				.isEmpty();
			if (taken) {
				took.add(renewalId);
			}
			else {
				log.info("Pressure signal {} not applied to {}: its adoption is recorded", signal.signalId(),
						renewalId);
			}
		}
		return took;
	}

	/**
	 * Staff withdraw a renewal, unless it is over or its adoption is recorded: the
	 * process takes a withdrawal only until then (the registry may already be extending
	 * the measures).
	 */
	public Withdrawal withdraw(String renewalId, String reason, String withdrawnBy) {
		Optional<String> instance = this.instances.running(renewalId);
		if (instance.isEmpty()) {
			return this.instances.known(renewalId) ? Withdrawal.ENDED : Withdrawal.UNKNOWN;
		}
		boolean withdrawn = !this.runtime.createMessageCorrelation(Messages.WITHDRAWAL)
			.processInstanceId(instance.get())
			.setVariable(Variables.WITHDRAWAL_REASON, reason)
			.setVariable(Variables.WITHDRAWN_BY, withdrawnBy)
			.correlateAllWithResult()
			.isEmpty();
		return withdrawn ? Withdrawal.WITHDRAWN : Withdrawal.ADOPTION_RECORDED;
	}

	/** What became of a withdrawal. */
	public enum Withdrawal {

		WITHDRAWN, UNKNOWN, ENDED, ADOPTION_RECORDED

	}

	/**
	 * A pressure signal as the renewal takes it.
	 *
	 * @param signalId the {@code pressure-signal-reported} event
	 * @param kind what happened, e.g. {@code TRUCKS_HELD}
	 * @param summary what happened, in words
	 * @param severity how strong
	 * @param states the states it bears on
	 * @param observedAt when it was observed
	 */
	public record PressureSignal(String signalId, String kind, String summary, SignalSeverity severity,
			List<MemberState> states, Instant observedAt) {

		Map<String, Object> variables() {
			Map<String, Object> variables = new HashMap<>();
			variables.put(Variables.SIGNAL_ID, this.signalId);
			variables.put(Variables.SIGNAL_KIND, this.kind);
			variables.put(Variables.SIGNAL_SUMMARY, this.summary);
			variables.put(Variables.SIGNAL_SEVERITY, this.severity.name());
			variables.put(Variables.SIGNAL_STATES, StateCodes.format(this.states));
			variables.put(Variables.SIGNAL_OBSERVED_AT,
					DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(this.observedAt.atZone(Brussels.ZONE)));
			return variables;
		}

	}

}
