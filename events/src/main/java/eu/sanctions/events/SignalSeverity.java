package eu.sanctions.events;

/** How strong a pressure signal against a renewal is. */
public enum SignalSeverity {

	LOW, MEDIUM, HIGH, CRITICAL

}
