package eu.sanctions.renewal.renewal;

import java.util.Collection;
import java.util.stream.Collectors;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.RenewalScoped;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.renewal.ExtensionAdopted;
import eu.sanctions.events.renewal.NegotiationOpened;
import eu.sanctions.events.renewal.PositionRecorded;
import eu.sanctions.events.renewal.PositionRejected;
import eu.sanctions.events.renewal.PositionsRequested;
import eu.sanctions.events.renewal.ReminderDue;
import eu.sanctions.events.renewal.RenewalCompleted;
import eu.sanctions.events.renewal.RenewalLapsed;
import eu.sanctions.events.renewal.RenewalStarted;
import eu.sanctions.events.renewal.RenewalWithdrawn;
import eu.sanctions.events.renewal.ReviewCompleted;
import eu.sanctions.events.renewal.SignalRecorded;
import eu.sanctions.events.renewal.VetoRiskAssessed;

/** How each event reads in a renewal's timeline. */
final class TimelineEntries {

	private TimelineEntries() {
	}

	/** The renewal an event is about, if it names one. */
	static String renewalOf(SanctionsEvent event) {
		if (event instanceof RenewalScoped scoped) {
			return scoped.renewalId();
		}
		if (event instanceof PositionRejected rejected) {
			return rejected.renewalId();
		}
		return null;
	}

	/**
	 * The event's CloudEvents type, as integrators know it:
	 * {@code eu.sanctions.renewal.position-recorded.v1}.
	 */
	static String type(SanctionsEvent event) {
		return EventType.of(event).type();
	}

	static String summary(SanctionsEvent event) {
		if (event instanceof RenewalStarted e) {
			return "Renewal of " + e.packageKey() + " (expiry " + e.expiry() + ") started by " + e.startedBy()
					+ "; proposed new expiry " + e.proposedNewExpiry() + ".";
		}
		if (event instanceof ReviewCompleted e) {
			return "Reviewed by " + e.reviewedBy() + ": " + e.recommendation()
					+ ((e.proposedNewExpiry() != null) ? ", new expiry " + e.proposedNewExpiry() : "")
					+ ((e.positionDeadline() != null) ? ", positions due by " + e.positionDeadline() : "")
					+ (e.amendments().isEmpty() ? "" : ", " + e.amendments().size() + " listing amendment(s)") + ".";
		}
		if (event instanceof PositionsRequested e) {
			return "Round " + e.round() + ": positions requested from " + e.states().size() + " state(s) ("
					+ states(e.states()) + ") by " + e.deadline() + ".";
		}
		if (event instanceof PositionRecorded e) {
			return e.state() + ": " + e.position() + " in round " + e.round()
					+ ((e.previousPosition() != null) ? " (was " + e.previousPosition() + ")" : "") + ", through "
					+ e.channel() + " by " + e.submittedBy() + ".";
		}
		if (event instanceof PositionRejected e) {
			return "Position of " + e.state() + " refused (" + e.reason() + "): " + e.detail();
		}
		if (event instanceof ReminderDue e) {
			return "Reminder: " + e.silentStates().size() + " state(s) have not answered round " + e.round() + " ("
					+ states(e.silentStates()) + "); deadline " + e.deadline() + ".";
		}
		if (event instanceof VetoRiskAssessed e) {
			return "Veto risk " + ((e.previousLevel() != null) ? e.previousLevel() + " -> " : "") + e.level() + " ("
					+ e.trigger() + ")" + (e.reasons().isEmpty() ? "." : ": " + String.join("; ", e.reasons()));
		}
		if (event instanceof NegotiationOpened e) {
			return "Negotiation opened after round " + e.round() + ": risk " + e.level()
					+ (e.blockingStates().isEmpty() ? "" : ", blocking " + states(e.blockingStates())) + ".";
		}
		if (event instanceof SignalRecorded e) {
			return "Pressure signal " + e.kind() + " (" + e.severity() + ") on " + states(e.statesConcerned()) + ": "
					+ e.summary();
		}
		if (event instanceof ExtensionAdopted e) {
			return "Adoption recorded by " + e.recordedBy() + ": " + e.actReference() + " of " + e.adoptionDate()
					+ " extends the measures to " + e.newExpiry() + " (" + e.outcome() + ").";
		}
		if (event instanceof RenewalCompleted e) {
			return "The registry confirmed the extension to " + e.newExpiry() + " (" + e.outcome() + ").";
		}
		if (event instanceof RenewalLapsed e) {
			return "The measures lapse on " + e.lapsesOn() + " (" + e.reason() + ")"
					+ (e.blockingStates().isEmpty() ? "." : ", blocked by " + states(e.blockingStates()) + ".");
		}
		if (event instanceof RenewalWithdrawn e) {
			return "Withdrawn by " + e.withdrawnBy() + ": " + e.reason();
		}
		return EventType.of(event).type();
	}

	private static String states(Collection<MemberState> states) {
		return states.isEmpty() ? "none" : states.stream().map(MemberState::euCode).collect(Collectors.joining(", "));
	}

}
