package eu.sanctions.notification.rules;

import java.util.EnumSet;
import java.util.Set;

import eu.sanctions.events.RiskLevel;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.renewal.VetoRiskAssessed;

/** When a rule applies to an event of its type. */
public enum Condition {

	ALWAYS,

	/**
	 * Staff must act at once when a veto looms; a lower risk is on their dashboard, not
	 * in their inbox.
	 */
	VETO_RISK_HIGH_OR_BLOCKED;

	/** The levels at which staff are told of a veto risk. */
	static final Set<RiskLevel> ALARMING_RISK = EnumSet.of(RiskLevel.HIGH, RiskLevel.BLOCKED);

	boolean holdsFor(SanctionsEvent event) {
		return switch (this) {
			case ALWAYS -> true;
			case VETO_RISK_HIGH_OR_BLOCKED ->
				(event instanceof VetoRiskAssessed risk) && ALARMING_RISK.contains(risk.level());
		};
	}

}
