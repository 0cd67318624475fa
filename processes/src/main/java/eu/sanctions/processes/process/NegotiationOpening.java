package eu.sanctions.processes.process;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.RiskLevel;
import eu.sanctions.events.renewal.NegotiationOpened;
import eu.sanctions.processes.renewal.StateCodes;
import eu.sanctions.processes.renewal.Unanimity;
import eu.sanctions.processes.renewal.VetoRisk;

import static eu.sanctions.processes.process.RenewalProcess.Variables.ADOPTION_OFFERED;
import static eu.sanctions.processes.process.RenewalProcess.Variables.NEGOTIATION_SUMMARY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.STATES_TO_ASK;

/**
 * Opens a negotiation: withdraws any offer to record the adoption, proposes whom to ask
 * again, summarises the situation for the negotiation form, and publishes
 * {@code negotiation-opened}.
 */
class NegotiationOpening implements JavaDelegate {

	private final RenewalEvents events;

	private final Unanimity unanimity;

	NegotiationOpening(RenewalEvents events, Unanimity unanimity) {
		this.events = events;
		this.unanimity = unanimity;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RenewalVariables variables = RenewalVariables.of(execution);
		RenewalVariables.Situation situation = variables.situation(this.unanimity);
		RiskLevel level = variables.riskLevel();
		Set<MemberState> blocking = situation.verdict().blockingStates();
		execution.setVariable(ADOPTION_OFFERED, false);
		execution.setVariable(STATES_TO_ASK, StateCodes.format(situation.book().toAskAgain(situation.verdict())));
		execution.setVariable(NEGOTIATION_SUMMARY,
				"Veto risk: " + level + "\n\n"
						+ VetoRisk.facts(situation.book(), situation.verdict(), situation.pressure())
							.stream()
							.map((fact) -> "- " + fact)
							.collect(Collectors.joining("\n")));
		List<NegotiationOpened.StateConditions> conditions = situation.book()
			.conditions()
			.entrySet()
			.stream()
			.map((entry) -> new NegotiationOpened.StateConditions(entry.getKey(), entry.getValue()))
			.toList();
		this.events.publish(new NegotiationOpened(variables.id(), variables.packageKey(), situation.book().round(),
				level, RenewalVariables.list(blocking),
				RenewalVariables.list(VetoRisk.wavering(situation.book(), situation.pressure(), blocking)),
				conditions));
	}

}
