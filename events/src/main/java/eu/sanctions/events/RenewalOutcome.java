package eu.sanctions.events;

/** How a renewal ended for the measures. */
public enum RenewalOutcome {

	EXTENDED, EXTENDED_WITH_AMENDMENTS, LAPSED

}
