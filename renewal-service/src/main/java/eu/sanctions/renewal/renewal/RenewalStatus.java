package eu.sanctions.renewal.renewal;

/** Whether a renewal is running, and how it ended. */
public enum RenewalStatus {

	OPEN, EXTENDED, LAPSED, WITHDRAWN

}
