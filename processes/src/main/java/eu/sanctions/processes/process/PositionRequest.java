package eu.sanctions.processes.process;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.renewal.PositionsRequested;
import eu.sanctions.processes.renewal.ListingAmendments;
import eu.sanctions.processes.renewal.PositionBook;
import eu.sanctions.processes.renewal.PositionDeadline;
import eu.sanctions.processes.renewal.StateCodes;

import static eu.sanctions.processes.process.RenewalProcess.Variables.AMENDMENTS;
import static eu.sanctions.processes.process.RenewalProcess.Variables.PROPOSED_NEW_EXPIRY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.STATES_TO_ASK;

/**
 * Opens the next round: all 27 states first, then the states staff chose after a
 * negotiation. Publishes {@code positions-requested}.
 */
class PositionRequest implements JavaDelegate {

	private final RenewalEvents events;

	private final Clock clock;

	PositionRequest(RenewalEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RenewalVariables variables = RenewalVariables.of(execution);
		PositionBook book = variables.book();
		Set<MemberState> states = (book.round() == 0) ? EnumSet.allOf(MemberState.class)
				: StateCodes.parse(variables.text(STATES_TO_ASK));
		PositionBook round = book.openRound(states);
		PositionDeadline deadline = variables.deadline();
		variables.openRound(round, deadline, this.clock.instant());
		this.events.publish(new PositionsRequested(variables.id(), variables.packageKey(), round.round(),
				RenewalVariables.list(round.asked()), deadline.date(), variables.date(PROPOSED_NEW_EXPIRY),
				ListingAmendments.parse(variables.text(AMENDMENTS)).amendments()));
	}

}
